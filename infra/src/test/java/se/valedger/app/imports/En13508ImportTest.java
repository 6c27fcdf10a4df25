package se.valedger.app.imports;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import se.valedger.testing.Api;
import se.valedger.testing.IntegrationTest;
import se.valedger.testing.SharedData;

@IntegrationTest
class En13508ImportTest {

    static final int INSPECTIONS_IN_FILE = 19;

    @LocalServerPort
    int port;
    @Autowired
    JdbcTemplate jdbc;
    Api admin;
    byte[] file;

    @BeforeEach
    void setUp() throws Exception {
        admin = Api.at(port, "admin", "admin-password");
        file = Files.readAllBytes(SharedData.file("en13508/example_13508_2.txt"));
    }

    long events() {
        return jdbc.queryForObject("SELECT count(*) FROM event_store.domain_event", Long.class);
    }

    /** Events of pipes only: work orders are opened from the findings afterwards, by their own processor. */
    long pipeEvents() {
        return jdbc.queryForObject("SELECT count(*) FROM event_store.domain_event WHERE payload_type LIKE 'se.valedger.pipe.%'",
                Long.class);
    }

    long events(String payloadType, String prefix) {
        return jdbc.queryForObject("SELECT count(*) FROM event_store.domain_event WHERE payload_type = ? "
                + "AND aggregate_identifier LIKE ?", Long.class, payloadType, prefix + "%");
    }

    Api.Response importFile(byte[] content, String query) {
        return admin.post("/api/imports/en13508?" + query, "text/plain", content);
    }

    static JsonNode inspectionOf(JsonNode report, String pipeId) {
        for (JsonNode row : report.get("inspections")) {
            if (row.get("pipeId").asText().equals(pipeId)) {
                return row;
            }
        }
        throw new AssertionError("no inspection of " + pipeId + " in " + report);
    }

    @Test
    void theRealCctvExportImportsEveryInspectionGradedAndMatchedToARegisteredPipe() {
        var response = importFile(file, "registerPipes=true&defaultInstallationYear=1970&idPrefix=KWB-");

        assertThat(response.status()).as(response.body()).isEqualTo(200);
        JsonNode report = response.json();
        assertThat(report.get("kind").asText()).isEqualTo("en13508");
        assertThat(report.get("rowsRead").asInt()).isEqualTo(INSPECTIONS_IN_FILE);
        assertThat(report.get("accepted").asInt()).isEqualTo(INSPECTIONS_IN_FILE);
        assertThat(report.get("rejected").asInt()).isZero();
        assertThat(report.get("created").asInt()).isEqualTo(INSPECTIONS_IN_FILE);
        assertThat(report.get("errors")).isEmpty();
        assertThat(report.get("inspections")).hasSize(INSPECTIONS_IN_FILE);
        assertThat(events("se.valedger.pipe.PipeRegistered", "KWB-")).isEqualTo(INSPECTIONS_IN_FILE);
        assertThat(events("se.valedger.pipe.InspectionLogged", "KWB-")).isEqualTo(INSPECTIONS_IN_FILE);

        // First inspection (pipe 1): BAC-B "break, missing pieces" at 0.5 m is class 4; the first BBF-A seeping
        // infiltration (observation 19, at 17 m) sets operational class 2, the BBB deposits of 1-3 % only class 1.
        JsonNode first = inspectionOf(report, "KWB-1");
        assertThat(first.get("structuralGrade").asInt()).isEqualTo(4);
        assertThat(first.at("/structuralDecidedBy/index").asInt()).isEqualTo(1);
        assertThat(first.at("/structuralDecidedBy/code").asText()).isEqualTo("BAC");
        assertThat(first.get("operationalGrade").asInt()).isEqualTo(2);
        assertThat(first.at("/operationalDecidedBy/index").asInt()).isEqualTo(19);
        assertThat(first.at("/operationalDecidedBy/distanceM").asDouble()).isEqualTo(17.0);

        // The last inspection (pipe 33) has no closing #Z: BAJ-C 30 degrees at 38.5 m is class 4,
        // BBA roots of 10 % at 36.6 m class 3.
        JsonNode last = inspectionOf(report, "KWB-33");
        assertThat(last.get("closedByZ").asBoolean()).isFalse();
        assertThat(last.get("observations").asInt()).isEqualTo(17);
        assertThat(last.get("structuralGrade").asInt()).isEqualTo(4);
        assertThat(last.at("/structuralDecidedBy/code").asText()).isEqualTo("BAJ");
        assertThat(last.at("/structuralDecidedBy/distanceM").asDouble()).isEqualTo(38.5);
        assertThat(last.get("operationalGrade").asInt()).isEqualTo(3);
        assertThat(last.at("/operationalDecidedBy/distanceM").asDouble()).isEqualTo(36.6);

        // Pipe 2's inspection has only node and remark codes: nothing to grade.
        assertThat(inspectionOf(report, "KWB-2").get("structuralGrade").asInt()).isEqualTo(1);

        String stored = jdbc.queryForObject("SELECT convert_from(payload, 'UTF8') FROM event_store.domain_event "
                + "WHERE aggregate_identifier = 'KWB-33' AND payload_type = 'se.valedger.pipe.InspectionLogged'", String.class);
        assertThat(stored).contains("\"ruleTableVersion\":\"VAL-DERIVED-2026.1\"").contains("\"structuralGrade\":4")
                .contains("Unterbogen");
        String registered = jdbc.queryForObject("SELECT convert_from(payload, 'UTF8') FROM event_store.domain_event "
                + "WHERE aggregate_identifier = 'KWB-33' AND payload_type = 'se.valedger.pipe.PipeRegistered'", String.class);
        assertThat(registered).contains("\"diameterMm\":400").contains("\"lengthM\":42.0")
                .contains("\"startNode\":\"23\"").contains("\"endNode\":\"22\"");

        // German remarks survive the ISO-8859-1 decoding.
        String remarks = jdbc.queryForObject("SELECT convert_from(payload, 'UTF8') FROM event_store.domain_event "
                + "WHERE aggregate_identifier = 'KWB-21' AND payload_type = 'se.valedger.pipe.InspectionLogged'", String.class);
        assertThat(remarks).contains("Wurzeleinwuchs durch den Stutzen");

        long position = Long.parseLong(String.valueOf(jdbc.queryForObject(
                "SELECT max(global_index) FROM event_store.domain_event", Long.class)));
        var pipe = admin.get("/api/pipes/KWB-33?minPosition=" + position);
        assertThat(pipe.json().get("latestGrade").asInt()).isEqualTo(4);
        assertThat(pipe.json().get("lastInspectedOn").asText()).isEqualTo("2001-03-05");
    }

    @Test
    void importingTheSameFileAgainChangesNothing() {
        assertThat(importFile(file, "registerPipes=true&defaultInstallationYear=1970&idPrefix=TWICE-").status()).isEqualTo(200);
        long before = pipeEvents();

        JsonNode again = importFile(file, "registerPipes=true&defaultInstallationYear=1970&idPrefix=TWICE-").json();

        assertThat(again.get("rowsRead").asInt()).isEqualTo(INSPECTIONS_IN_FILE);
        assertThat(again.get("unchanged").asInt()).isEqualTo(INSPECTIONS_IN_FILE);
        assertThat(again.get("created").asInt()).isZero();
        assertThat(pipeEvents()).isEqualTo(before);
    }

    @Test
    void withoutRegisteringPipesEveryInspectionOfAnUnknownPipeIsRejectedNamingThePipeField() {
        long before = events();
        JsonNode report = importFile(file, "idPrefix=NOPE-").json();
        assertThat(report.get("rowsRead").asInt()).isEqualTo(INSPECTIONS_IN_FILE);
        assertThat(report.get("rejected").asInt()).isEqualTo(INSPECTIONS_IN_FILE);
        assertThat(report.get("accepted").asInt()).isZero();
        assertThat(report.at("/errors/0/field").asText()).isEqualTo("AAA");
        assertThat(report.at("/errors/0/line").asInt()).isEqualTo(7);
        assertThat(report.at("/errors/0/reason").asText()).contains("NOPE-1").contains("registerPipes=true");
        assertThat(events()).isEqualTo(before);
    }

    @Test
    void registeringWithoutAConstructionYearRejectsNamingTheHeaderCode() {
        JsonNode report = importFile(file, "registerPipes=true&idPrefix=NOYEAR-").json();
        assertThat(report.get("rejected").asInt()).isEqualTo(INSPECTIONS_IN_FILE);
        assertThat(report.at("/errors/0/field").asText()).isEqualTo("ACN");
    }

    @Test
    void anUnknownCodeIsReportedWithItsLineAndKeptInTheInspection() {
        String text = new String(file, StandardCharsets.ISO_8859_1).replace("1.5,1058,BBA", "1.5,1058,BXZ");
        JsonNode report = importFile(text.getBytes(StandardCharsets.ISO_8859_1),
                "registerPipes=true&defaultInstallationYear=1970&idPrefix=UNK-").json();

        assertThat(report.get("accepted").asInt()).isEqualTo(INSPECTIONS_IN_FILE);
        assertThat(report.get("warnings")).hasSize(1);
        assertThat(report.at("/warnings/0/reason").asText()).contains("BXZ");
        int line = report.at("/warnings/0/line").asInt();
        assertThat(text.split("\r\n")[line - 1]).startsWith("1.5,1058,BXZ");
        String stored = jdbc.queryForObject("SELECT convert_from(payload, 'UTF8') FROM event_store.domain_event "
                + "WHERE aggregate_identifier = 'UNK-21' AND payload_type = 'se.valedger.pipe.InspectionLogged'", String.class);
        assertThat(stored).contains("\"code\":\"BXZ\"").contains("\"unknownCodes\":[\"BXZ\"]");
    }

    @Test
    void aBrokenObservationRejectsItsInspectionOnlyAndSaysWhere() {
        String text = new String(file, StandardCharsets.ISO_8859_1).replace("0.5,,BAC,B,,59,12,12", "0.5,,BAC,B,,59,15,12");
        JsonNode report = importFile(text.getBytes(StandardCharsets.ISO_8859_1),
                "registerPipes=true&defaultInstallationYear=1970&idPrefix=BAD-").json();
        assertThat(report.get("rejected").asInt()).isEqualTo(1);
        assertThat(report.get("accepted").asInt()).isEqualTo(INSPECTIONS_IN_FILE - 1);
        assertThat(report.at("/errors/0/line").asInt()).isEqualTo(11);
        assertThat(report.at("/errors/0/field").asText()).isEqualTo("G");
    }

    @Test
    void anEmptyBodyIsA400NamingTheFileAndAPlannerMayNotImport() {
        var empty = importFile(new byte[0], "");
        assertThat(empty.status()).isEqualTo(400);
        assertThat(empty.json().get("field").asText()).isEqualTo("file");
    }
}
