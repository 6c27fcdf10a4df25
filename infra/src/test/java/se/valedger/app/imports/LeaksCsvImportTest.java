package se.valedger.app.imports;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import se.valedger.testing.Api;
import se.valedger.testing.IntegrationTest;
import se.valedger.testing.SharedData;

@IntegrationTest
class LeaksCsvImportTest {

    static final int ROWS = 5_238;
    static final int DUPLICATE_IDS = 15;

    @LocalServerPort
    int port;
    @Autowired
    JdbcTemplate jdbc;

    static long count(JsonNode rows, String field, String reasonPart) {
        return StreamSupport.stream(rows.spliterator(), false)
                .filter(r -> r.get("field").asText().equals(field) && r.get("reason").asText().contains(reasonPart)).count();
    }

    @Test
    void theLadwpRepairRecordsAreFullyAccountedFor() throws Exception {
        Api admin = Api.at(port, "admin", "admin-password");
        byte[] csv = Files.readAllBytes(SharedData.file("ladwp/main_leaks_2010_to_partial_2014.csv"));

        var response = admin.post("/api/imports/leaks-csv?source=LADWP", "text/csv", csv);

        assertThat(response.status()).as(response.body()).isEqualTo(200);
        JsonNode report = response.json();
        assertThat(report.get("rowsRead").asInt()).isEqualTo(ROWS);
        assertThat(report.get("accepted").asInt() + report.get("rejected").asInt()).isEqualTo(ROWS);
        assertThat(report.get("rejected").asInt()).isEqualTo(DUPLICATE_IDS);
        assertThat(count(report.get("errors"), "LEAK_ID", "already used on line")).isEqualTo(DUPLICATE_IDS);
        assertThat(report.get("created").asInt()).isEqualTo(ROWS - DUPLICATE_IDS);
        // messy rows are taken with a remark per field: 479 rows without installation year, one with 9124
        assertThat(count(report.get("warnings"), "YR_INST", "missing")).isEqualTo(479);
        assertThat(count(report.get("warnings"), "YR_INST", "9124")).isEqualTo(1);
        assertThat(count(report.get("warnings"), "PIPE_TYPE", "COPPER")).isEqualTo(79);
        assertThat(jdbc.queryForObject("SELECT count(*) FROM event_store.domain_event WHERE payload_type = ? AND aggregate_identifier LIKE 'LADWP-%'",
                Long.class, "se.valedger.leak.HistoricLeakRecorded")).isEqualTo(ROWS - DUPLICATE_IDS);

        // The first record, hand-read: 6" cast iron from 1961, a clamp on a round crack, 7 repair hours.
        String first = jdbc.queryForObject("SELECT convert_from(payload, 'UTF8') FROM event_store.domain_event "
                + "WHERE aggregate_identifier = 'LADWP-39928'", String.class);
        assertThat(first).contains("\"diameterMm\":152").contains("\"material\":\"GREY_CAST_IRON\"")
                .contains("\"installationYear\":1961").contains("\"method\":\"CLAMP\"")
                .contains("\"cause\":\"CIRCUMFERENTIAL_CRACK\"").contains("\"repairHours\":7.0")
                .contains("\"reportedOn\":\"2010-01-01\"");

        long position = jdbc.queryForObject("SELECT max(global_index) FROM event_store.domain_event", Long.class);
        var closed = admin.get("/api/leaks?source=LADWP&status=CLOSED&size=1&minPosition=" + position).json();
        assertThat(closed.get("total").asInt()).isEqualTo(ROWS - DUPLICATE_IDS);
    }

    @Test
    void aSmallFileImportedTwiceChangesNothingTheSecondTimeAndBadRowsSayWhy() {
        Api admin = Api.at(port, "admin", "admin-password");
        String csv = """
                LEAK_ID,RPT_DATE,ADDRESS,MAIN_ST,CROSS_ST,PIPE_SIZE,PIPE_TYPE,YR_INST,LEAK_TYPE,REPAIR_HRS,REMARKS,LAT,LON
                1,1-Jan-10,1 MAIN ST,,,6,C.I.,1961,ROUND CRACK,7,"two
                lines",34.3,-118.4
                2,31-Feb-10,2 MAIN ST,,,6,C.I.,1961,SPLIT,7,,34.3,-118.4
                3,2-Jan-10,,,,8,WOOD,,RUPTURE,x,,,
                4,2-Jan-10,4 MAIN ST,,,8,WOOD,,RUPTURE,3,,,
                """;
        JsonNode first = admin.post("/api/imports/leaks-csv?source=TEST", "text/csv",
                csv.getBytes(StandardCharsets.UTF_8)).json();
        assertThat(first.get("rowsRead").asInt()).isEqualTo(4);
        assertThat(first.get("accepted").asInt()).isEqualTo(2);
        assertThat(first.get("rejected").asInt()).isEqualTo(2);
        assertThat(first.at("/errors/0/line").asInt()).isEqualTo(4);
        assertThat(first.at("/errors/0/field").asText()).isEqualTo("RPT_DATE");
        assertThat(first.at("/errors/1/line").asInt()).isEqualTo(5);
        assertThat(first.at("/errors/1/field").asText()).isEqualTo("LAT");
        assertThat(count(first.get("warnings"), "PIPE_TYPE", "WOOD")).isEqualTo(1);

        long before = jdbc.queryForObject("SELECT count(*) FROM event_store.domain_event", Long.class);
        JsonNode second = admin.post("/api/imports/leaks-csv?source=TEST", "text/csv",
                csv.getBytes(StandardCharsets.UTF_8)).json();
        assertThat(second.get("unchanged").asInt()).isEqualTo(2);
        assertThat(second.get("created").asInt()).isZero();
        assertThat(jdbc.queryForObject("SELECT count(*) FROM event_store.domain_event", Long.class)).isEqualTo(before);
    }

    @Test
    void aFileWhoseLastRowIsCutShortOrEndsInsideAQuoteIsRefusedWhole() {
        Api admin = Api.at(port, "admin", "admin-password");
        String header = "LEAK_ID,RPT_DATE,ADDRESS,MAIN_ST,CROSS_ST,PIPE_SIZE,PIPE_TYPE,YR_INST,LEAK_TYPE,REPAIR_HRS,REMARKS,LAT,LON\n";
        String good = "91,1-Jan-10,1 MAIN ST,,,6,C.I.,1961,ROUND CRACK,7,,34.3,-118.4\n";
        long before = jdbc.queryForObject("SELECT count(*) FROM event_store.domain_event", Long.class);
        var fewer = admin.post("/api/imports/leaks-csv?source=CUT", "text/csv",
                (header + good + "92,1-Jan-10,2 MAIN ST,,,6").getBytes(StandardCharsets.UTF_8));
        assertThat(fewer.status()).as(fewer.body()).isEqualTo(400);
        assertThat(fewer.json().get("field").asText()).isEqualTo("file");
        assertThat(fewer.json().get("reason").asText()).contains("line 3").contains("cut short");
        var quote = admin.post("/api/imports/leaks-csv?source=CUT", "text/csv",
                (header + good + "93,1-Jan-10,3 MAIN ST,,,6,C.I.,1961,SPLIT,7,\"two\nlines,34.3,-118.4").getBytes(StandardCharsets.UTF_8));
        assertThat(quote.status()).as(quote.body()).isEqualTo(400);
        assertThat(quote.json().get("reason").asText()).contains("never closes");
        assertThat(jdbc.queryForObject("SELECT count(*) FROM event_store.domain_event", Long.class)).isEqualTo(before);
        var noFinalNewline = admin.post("/api/imports/leaks-csv?source=CUT", "text/csv",
                (header + good.strip()).getBytes(StandardCharsets.UTF_8));
        assertThat(noFinalNewline.status()).as(noFinalNewline.body()).isEqualTo(200);
        assertThat(noFinalNewline.json().get("accepted").asInt()).isEqualTo(1);
    }

    @Test
    void aFileLargerThanAWholeFileImporterCanHoldIsRefused413BeforeAnythingIsRead() {
        Api admin = Api.at(port, "admin", "admin-password");
        String header = "LEAK_ID,RPT_DATE,ADDRESS,MAIN_ST,CROSS_ST,PIPE_SIZE,PIPE_TYPE,YR_INST,LEAK_TYPE,REPAIR_HRS,REMARKS,LAT,LON\n";
        StringBuilder csv = new StringBuilder(header);
        for (int i = 0; csv.length() <= 3 * 1024 * 1024; i++) { // the test profile's limit is 2 MB
            csv.append(100_000 + i).append(",1-Jan-10,1 MAIN ST,,,6,C.I.,1961,ROUND CRACK,7,,34.3,-118.4\n");
        }
        long before = jdbc.queryForObject("SELECT count(*) FROM event_store.domain_event", Long.class);
        var tooLarge = admin.post("/api/imports/leaks-csv?source=BIG", "text/csv", csv.toString().getBytes(StandardCharsets.UTF_8));
        assertThat(tooLarge.status()).as(tooLarge.body()).isEqualTo(413);
        assertThat(tooLarge.contentType()).startsWith("application/problem+json");
        assertThat(tooLarge.json().get("field").asText()).isEqualTo("file");
        assertThat(tooLarge.json().get("detail").asText()).contains("valedger.imports.max-whole-file");
        assertThat(jdbc.queryForObject("SELECT count(*) FROM event_store.domain_event", Long.class)).isEqualTo(before);
    }
}
