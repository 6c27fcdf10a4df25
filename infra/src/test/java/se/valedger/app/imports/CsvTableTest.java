package se.valedger.app.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import se.valedger.kernel.MalformedFile;

class CsvTableTest {

    static final CsvTable.Format GIS = new CsvTable.Format(",;", true, false);
    static final CsvTable.Format REMARKS = new CsvTable.Format(",", false, true);

    static List<CsvTable.Record> rows(String text, CsvTable.Format format) {
        List<CsvTable.Record> rows = new ArrayList<>();
        try (CsvTable table = CsvTable.open(TextLines.of(text), format)) {
            rows.add(table.header());
            table.rows(rows::add);
        }
        return rows;
    }

    @Test
    void everyRecordKeepsTheLineItStartsOnPastBlankLinesAndQuotedLineBreaks() {
        var rows = rows("\uFEFFid,remark\r\nA,\"two\nlines\"\r\n\r\nB,plain\n", REMARKS);

        assertThat(rows).extracting(CsvTable.Record::line).containsExactly(1L, 2L, 5L);
        assertThat(rows.get(0).cells()).containsExactly("id", "remark");
        assertThat(rows.get(1).cells()).containsExactly("A", "two\nlines");
    }

    @Test
    void theDelimiterIsTheOneTheHeaderHoldsMostOfAndCellsAreTrimmedWhenAsked() {
        var rows = rows("ledningsid; material; längd\nL1; \"PVC; grå\" ;12,5\n", GIS);

        assertThat(rows.get(1).cells()).containsExactly("L1", "PVC; grå", "12,5");
    }

    @Test
    void aQuotedCellThatRunsOverALineBreakIsRefusedWhereCellsCannotHoldOne() {
        assertThatThrownBy(() -> rows("id,geometry\nA,\"1 2\nB,\"3 4\"\n", GIS))
                .isInstanceOf(MalformedFile.class).hasMessageContaining("line 2").hasMessageContaining("not closed");
    }

    @Test
    void aFileEndingInsideAQuotedCellIsRefusedNamingTheLineTheCellStarts() {
        assertThatThrownBy(() -> rows("id,remark\nA,ok\nB,\"never\nclosed\n", REMARKS))
                .isInstanceOf(MalformedFile.class).hasMessageContaining("line 3").hasMessageContaining("cut short");
    }

    @Test
    void aLineLongerThanTheLimitIsRefusedBeforeItIsHeldWhole() {
        String longLine = "x".repeat(TextLines.MAX_LINE_CHARS + 1);
        assertThatThrownBy(() -> rows("id\nA\n" + longLine + "\n", REMARKS))
                .isInstanceOf(MalformedFile.class).hasMessageContaining("line 3").hasMessageContaining("longer than");
    }
}
