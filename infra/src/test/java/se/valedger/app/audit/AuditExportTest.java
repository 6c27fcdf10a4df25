package se.valedger.app.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringWriter;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class AuditExportTest {

    static AuditEntry entry(String algorithm, String userAgent) {
        return new AuditEntry(7, Instant.parse("2026-12-03T18:00:00Z"), null, null, null, "127.0.0.1", userAgent, "HTTP",
                "GET /api/audit", null, null, "UNAUTHENTICATED", "no credentials", List.of(), List.of(), "c", "GET /api/audit",
                401, Instant.parse("2026-12-03T17:59:59Z"), false, algorithm, AuditChain.GENESIS, "ab".repeat(32));
    }

    @Test
    void aCsvRowOfAnEntryFromBeforeTheKeyedChainHasEveryColumnWithTheNewOnesEmpty() throws Exception {
        StringWriter out = new StringWriter();
        AuditExport.csvHeader(out);
        AuditExport.csvRow(entry(AuditChain.PLAIN, "curl"), out);
        AuditExport.csvRow(entry(AuditChain.KEYED, "curl"), out);
        List<List<String>> rows = Csv.parse(out.toString());
        assertThat(rows.get(1)).hasSize(AuditExport.CSV_HEADER.size());
        assertThat(rows.get(2)).hasSize(AuditExport.CSV_HEADER.size());
        int algorithm = AuditExport.CSV_HEADER.indexOf("algorithm");
        assertThat(rows.get(1).get(algorithm)).isNull();
        assertThat(rows.get(2).get(algorithm)).isEqualTo(AuditChain.KEYED);
        assertThat(rows.get(1).get(AuditExport.CSV_HEADER.indexOf("hash"))).isEqualTo("ab".repeat(32));
    }

    @Test
    void aUserAgentThatLooksLikeAFormulaIsExportedAsText() throws Exception {
        StringWriter out = new StringWriter();
        AuditExport.csvRow(entry(AuditChain.KEYED, "@SUM(1+1)*cmd|' /C calc'!A0"), out);
        assertThat(Csv.parse(out.toString()).get(0).get(AuditExport.CSV_HEADER.indexOf("userAgent")))
                .isEqualTo("'@SUM(1+1)*cmd|' /C calc'!A0");
    }
}
