package se.valedger.app;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CsvCellsTest {

    @Test
    void aTextCellThatCouldStartAFormulaGetsALeadingQuoteMark() {
        for (String start : new String[] {"=", "+", "-", "@", "\t", "\r"}) {
            assertThat(CsvCells.text(start + "HYPERLINK(\"http://x\")")).isEqualTo("\"'" + start + "HYPERLINK(\"\"http://x\"\")\"");
        }
        assertThat(CsvCells.text("Göviken")).isEqualTo("\"Göviken\"");
        assertThat(CsvCells.text(null)).isEmpty();
    }

    @Test
    void aTextStartingWithAQuoteMarkGetsOneMoreSoTheOriginalIsAlwaysTheCellMinusOne() {
        assertThat(CsvCells.text("'=1+1")).isEqualTo("\"''=1+1\"");
        assertThat(CsvCells.text("'plain")).isEqualTo("\"''plain\"");
    }

    @Test
    void numbersDatesAndNamesStayBareButAnythingElseStartingLikeAFormulaIsNeutralised() {
        assertThat(CsvCells.plain("-1.500")).isEqualTo("-1.500");
        assertThat(CsvCells.plain("+3")).isEqualTo("+3");
        assertThat(CsvCells.plain("2026-12-03")).isEqualTo("2026-12-03");
        assertThat(CsvCells.plain("DRINKING_WATER")).isEqualTo("DRINKING_WATER");
        assertThat(CsvCells.plain("-cmd|' /C calc'!A0")).isEqualTo("\"'-cmd|' /C calc'!A0\"");
        assertThat(CsvCells.plain("@SUM(A1)")).isEqualTo("\"'@SUM(A1)\"");
        assertThat(CsvCells.plain("a,b")).isEqualTo("\"a,b\"");
    }
}
