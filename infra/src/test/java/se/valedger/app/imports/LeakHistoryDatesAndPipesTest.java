package se.valedger.app.imports;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import se.valedger.testing.Api;
import se.valedger.testing.IntegrationTest;

/**
 * Issue 18: historic repairs from the last century and breaks that name a registered pipe. The rows are written
 * here in the LADWP export's columns ({@code ../shared/data/ladwp/main_leaks_2010_to_partial_2014.csv}), plus the
 * optional PIPE_ID column.
 */
@IntegrationTest
class LeakHistoryDatesAndPipesTest {

    static final String HEADER = "LEAK_ID,RPT_DATE,ADDRESS,MAIN_ST,CROSS_ST,PIPE_SIZE,PIPE_TYPE,YR_INST,LEAK_TYPE,"
            + "REPAIR_HRS,REMARKS,LAT,LON,PIPE_ID\n";

    @LocalServerPort
    int port;
    @Autowired
    JdbcTemplate jdbc;
    Api admin;

    @BeforeEach
    void setUp() {
        admin = Api.at(port, "admin", "admin-password");
    }

    JsonNode importCsv(String rows, String query) {
        var response = admin.post("/api/imports/leaks-csv?" + query, "text/csv",
                (HEADER + rows).getBytes(StandardCharsets.UTF_8));
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        return response.json();
    }

    LocalDate reportedOn(String leakId) {
        String payload = jdbc.queryForObject("SELECT convert_from(payload, 'UTF8') FROM event_store.domain_event "
                + "WHERE aggregate_identifier = ?", String.class, leakId);
        int at = payload.indexOf("\"reportedOn\":\"") + 14;
        return LocalDate.parse(payload.substring(at, at + 10));
    }

    @Test
    void repairsFromTheLastCenturyWithTwoDigitYearsAreReadWithThePivotAndTheReportSaysSo() {
        JsonNode report = importCsv("""
                1,15-Mar-95,1 MAIN ST,,,6,C.I.,1931,ROUND CRACK,7,,34.3,-118.4,
                2,3/4/1987,2 MAIN ST,,,6,C.I.,1931,SPLIT,7,,34.3,-118.4,
                3,1985-11-30,3 MAIN ST,,,6,C.I.,1931,SPLIT,7,,34.3,-118.4,
                4,30.11.1999,4 MAIN ST,,,6,C.I.,1931,SPLIT,7,,34.3,-118.4,
                5,1-Jan-10,5 MAIN ST,,,6,C.I.,1931,SPLIT,7,,34.3,-118.4,
                6,12 Jun 1991,6 MAIN ST,,,6,C.I.,1931,SPLIT,7,,34.3,-118.4,
                7,31-Feb-95,7 MAIN ST,,,6,C.I.,1931,SPLIT,7,,34.3,-118.4,
                """, "source=OLD");

        assertThat(report.get("accepted").asInt()).as(report.toString()).isEqualTo(6);
        assertThat(report.get("rejected").asInt()).isEqualTo(1);
        assertThat(report.at("/errors/0/field").asText()).isEqualTo("RPT_DATE");
        assertThat(report.at("/errors/0/reason").asText()).contains("31-Feb-95");
        assertThat(reportedOn("OLD-1")).isEqualTo(LocalDate.of(1995, 3, 15));
        assertThat(reportedOn("OLD-2")).isEqualTo(LocalDate.of(1987, 3, 4));
        assertThat(reportedOn("OLD-3")).isEqualTo(LocalDate.of(1985, 11, 30));
        assertThat(reportedOn("OLD-4")).isEqualTo(LocalDate.of(1999, 11, 30));
        assertThat(reportedOn("OLD-5")).isEqualTo(LocalDate.of(2010, 1, 1));
        assertThat(reportedOn("OLD-6")).isEqualTo(LocalDate.of(1991, 6, 12));
        assertThat(report.get("dates").asText()).contains("two-digit years").contains("1999").contains("pivot");
    }

    @Test
    void aBreakNamingARegisteredPipeEntersThatPipesFailureHistoryAndAnUnknownPipeIsAWarning() {
        var registration = admin.post("/api/pipes", """
                {"id":"LA-7001","networkKind":"DRINKING_WATER","material":"GREY_CAST_IRON","diameterMm":150,
                 "lengthM":120.0,"installationYear":1931}""");
        assertThat(registration.status()).as(registration.body()).isEqualTo(201);

        JsonNode report = importCsv("""
                11,15-Mar-95,1 MAIN ST,,,6,C.I.,1931,ROUND CRACK,7,,34.3,-118.4,7001
                12,16-Mar-95,2 MAIN ST,,,6,C.I.,1931,SPLIT,7,,34.3,-118.4,9999
                13,17-Mar-95,3 MAIN ST,,,6,C.I.,1931,SPLIT,7,,34.3,-118.4,
                """, "source=BRK&pipeIdPrefix=LA-");

        assertThat(report.get("accepted").asInt()).as(report.toString()).isEqualTo(3);
        assertThat(report.get("warnings").toString()).contains("LA-9999").contains("not in the register");
        long position = jdbc.queryForObject("SELECT max(global_index) FROM event_store.domain_event", Long.class);
        assertThat(admin.get("/api/leaks?source=BRK&minPosition=" + position).status()).isEqualTo(200);
        assertThat(jdbc.queryForList("SELECT leak_id FROM leaks.pipe_failure WHERE pipe_id = 'LA-7001'", String.class))
                .containsExactly("BRK-11");
        assertThat(jdbc.queryForObject("SELECT count(*) FROM leaks.pipe_failure WHERE leak_id LIKE 'BRK-%'", Long.class))
                .isEqualTo(1);
    }

    @Test
    void aHostilePipeIdPrefixIsA400NamingIt() {
        var response = admin.post("/api/imports/leaks-csv?source=X&pipeIdPrefix=%00", "text/csv",
                (HEADER + "1,1-Jan-10,1 MAIN ST,,,6,C.I.,1931,SPLIT,7,,34.3,-118.4,\n").getBytes(StandardCharsets.UTF_8));
        assertThat(response.status()).isEqualTo(400);
        assertThat(response.json().get("field").asText()).isEqualTo("pipeIdPrefix");
    }
}
