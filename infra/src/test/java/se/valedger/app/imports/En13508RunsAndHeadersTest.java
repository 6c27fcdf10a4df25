package se.valedger.app.imports;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import se.valedger.testing.Api;
import se.valedger.testing.IntegrationTest;

/**
 * Issue 18's silent losses in the EN 13508-2 import. The files are written here in the layout of the KWB export
 * ({@code ../shared/data/en13508/example_13508_2.txt}: its #A lines, its #B01 header codes and #C fields), with the
 * header codes the issue names (AAK, ABI, AAB, ACK, ACD) set as EN 13508-2 tables C.1-C.4 define them.
 */
@IntegrationTest
class En13508RunsAndHeadersTest {

    static final String HEADER = "#B01=ACC,ACB,ABC,ABA,ABQ,AAD,AAB,AAK,AAF,ABF,ABG,ABH,AAA,ABI,ACK,ACD,ACN";
    static final String FIELDS = "#C=I,N,A,B,C,D,G,H,K,F,M,J";

    @LocalServerPort
    int port;
    @Autowired
    JdbcTemplate jdbc;
    Api admin;

    @BeforeEach
    void setUp() {
        admin = Api.at(port, "admin", "admin-password");
    }

    /** One inspection block: header values in {@link #HEADER} order, then observation lines. */
    static String block(String pipe, String startNode, String direction, String survey, String ack, String acd,
                        String length, String... observations) {
        List<String> lines = new ArrayList<>();
        lines.add(HEADER);
        lines.add("300,300,A,EN 13508-2:2003+A1:2011," + length + ",6," + startNode + "," + direction + ",7,2007-07-19,09:05,"
                + "Mr. Clean," + pipe + "," + survey + "," + ack + "," + acd + ",1975");
        lines.add(FIELDS);
        lines.addAll(List.of(observations));
        lines.add("#Z");
        return String.join("\r\n", lines);
    }

    static byte[] file(String language, String... blocks) {
        return ("#A1=ISO-8859-1\r\n#A2=" + language + "\r\n#A3=,\r\n#A4=.\r\n#A5=\"\r\n#A6=2010\r\n"
                + String.join("\r\n", blocks) + "\r\n").getBytes(StandardCharsets.ISO_8859_1);
    }

    Api.Response importFile(byte[] content, String query) {
        return admin.post("/api/imports/en13508?" + query, "text/plain", content);
    }

    long events(String payloadType, String aggregate) {
        return jdbc.queryForObject("SELECT count(*) FROM event_store.domain_event WHERE payload_type = ? "
                + "AND aggregate_identifier = ?", Long.class, payloadType, aggregate);
    }

    /** Events of pipes only: work orders are opened from the findings afterwards, by their own processor. */
    long events() {
        return jdbc.queryForObject("SELECT count(*) FROM event_store.domain_event WHERE payload_type LIKE 'se.valedger.pipe.%'",
                Long.class);
    }

    static final String DOWNSTREAM = block("1", "6", "A", "", "A", "AE", "23.5",
            "0,,BCD,X,P,6,,,,,,", "3.4,,BAB,A,A,1,12,,A,,,", "23.5,,BCE,X,P,7,,,,,,");
    /** The same pipe, date and time, surveyed back from node 7: a break with missing pieces (class 4). */
    static final String UPSTREAM = block("1", "7", "B", "", "A", "AE", "23.5",
            "0,,BCD,X,P,7,,,,,,", "20.1,,BAC,B,,59,12,12,A,,,", "23.5,,BCE,X,P,6,,,,,,");

    @Test
    void bothRunsOfAPipeFromEitherEndAreStoredAndReportedWithTheirDirection() {
        JsonNode report = importFile(file("de", DOWNSTREAM, UPSTREAM), "registerPipes=true&idPrefix=RUNS-").json();

        assertThat(report.get("accepted").asInt()).as(report.toString()).isEqualTo(2);
        assertThat(report.get("unchanged").asInt()).isZero();
        assertThat(events("se.valedger.pipe.InspectionLogged", "RUNS-1")).isEqualTo(2);
        JsonNode inspections = report.get("inspections");
        assertThat(inspections).hasSize(2);
        assertThat(inspections.get(0).get("direction").asText()).isEqualTo("DOWNSTREAM");
        assertThat(inspections.get(1).get("direction").asText()).isEqualTo("UPSTREAM");
        assertThat(inspections.get(1).get("startNode").asText()).isEqualTo("7");
        assertThat(inspections.get(1).get("structuralGrade").asInt()).isEqualTo(4);
        assertThat(inspections.get(0).get("inspectionId").asText())
                .isNotEqualTo(inspections.get(1).get("inspectionId").asText());
        String stored = jdbc.queryForObject("SELECT string_agg(convert_from(payload, 'UTF8'), ' ') FROM "
                + "event_store.domain_event WHERE aggregate_identifier = 'RUNS-1' AND payload_type = "
                + "'se.valedger.pipe.InspectionLogged'", String.class);
        assertThat(stored).contains("\"code\":\"BAC\"").contains("\"structuralGrade\":4");
    }

    @Test
    void aSecondSurveyOfTheSameRunIsItsOwnInspection() {
        String first = block("2", "6", "A", "S-2007-01", "A", "AE", "23.5", "3.4,,BAB,A,A,1,12,,A,,,");
        String second = block("2", "6", "A", "S-2007-02", "A", "AE", "23.5", "3.4,,BAB,B,A,2,12,,A,,,");

        JsonNode report = importFile(file("de", first, second), "registerPipes=true&idPrefix=SURVEY-").json();

        assertThat(report.get("accepted").asInt()).isEqualTo(2);
        assertThat(events("se.valedger.pipe.InspectionLogged", "SURVEY-2")).isEqualTo(2);
        assertThat(report.at("/inspections/1/survey").asText()).isEqualTo("S-2007-02");
    }

    @Test
    void aGenuinelyRepeatedFileIsStillRecognisedAndStoresNothing() {
        byte[] twoRuns = file("de", DOWNSTREAM, UPSTREAM);
        assertThat(importFile(twoRuns, "registerPipes=true&idPrefix=AGAIN-").status()).isEqualTo(200);
        long before = events();

        JsonNode again = importFile(twoRuns, "registerPipes=true&idPrefix=AGAIN-").json();

        assertThat(again.get("unchanged").asInt()).isEqualTo(2);
        assertThat(again.get("created").asInt()).isZero();
        assertThat(events()).isEqualTo(before);
    }

    @Autowired
    org.axonframework.commandhandling.gateway.CommandGateway commands;

    @Test
    void aFileImportedUnderTheFormerIdentityIsRecognisedAndOnlyItsLostRunIsAdded() {
        // What the importer before issue 18 stored of this two-run file: the pipe, and the first run under the
        // former id (pipe, date and time); the second run was counted unchanged and lost.
        commands.sendAndWait(new se.valedger.pipe.RegisterPipe("FORMER-1", se.valedger.pipe.NetworkKind.WASTEWATER,
                se.valedger.pipe.Material.VITRIFIED_CLAY, 300, 23.5, 1975, null, null, null, "6", "7"));
        commands.sendAndWait(new se.valedger.pipe.LogInspection("FORMER-1", "en13508:FORMER-1:2007-07-19T09:05",
                java.time.LocalDate.of(2007, 7, 19), "Mr. Clean", se.valedger.pipe.InspectionMethod.CCTV, null,
                "EN 13508-2 import", "EN 13508-2:2003+A1:2011",
                List.of(new se.valedger.inspection.Observation(3.4, "BAB", "A", "A", "1", null, 12, null, true, null, null))));

        JsonNode report = importFile(file("de", DOWNSTREAM, UPSTREAM), "idPrefix=FORMER-").json();

        assertThat(report.get("unchanged").asInt()).as(report.toString()).isEqualTo(1);
        assertThat(report.get("accepted").asInt()).isEqualTo(2);
        assertThat(events("se.valedger.pipe.InspectionLogged", "FORMER-1")).isEqualTo(2);
        JsonNode upstream = null;
        for (JsonNode inspection : report.get("inspections")) {
            if ("UPSTREAM".equals(inspection.get("direction").asText())) {
                upstream = inspection;
            }
        }
        assertThat(upstream).as(report.toString()).isNotNull();
        assertThat(upstream.get("structuralGrade").asInt()).isEqualTo(4);
    }

    @Test
    void aMalformedContinuousDefectMarkerIsAWarningOnItsObservationAndTheRunIsKept() {
        String run = block("3", "6", "A", "", "A", "AE", "23.5",
                "0,,BCD,X,P,6,,,,,,", "4.4,,BAB,B,A,2,6,,,,,A2", "5.1,,BAB,B,A,2,6,,,,,X?", "8.0,,BBA,A,,3,12,12,,,,",
                "23.5,,BCE,X,P,7,,,,,,");
        byte[] content = file("de", run);

        JsonNode report = importFile(content, "registerPipes=true&idPrefix=MARK-").json();

        assertThat(report.get("accepted").asInt()).as(report.toString()).isEqualTo(1);
        assertThat(report.get("rejected").asInt()).isZero();
        assertThat(report.at("/inspections/0/observations").asInt()).isEqualTo(5);
        JsonNode warning = null;
        for (JsonNode w : report.get("warnings")) {
            if (w.get("field").asText().equals("J")) {
                warning = w;
            }
        }
        assertThat(warning).as(report.toString()).isNotNull();
        assertThat(warning.get("reason").asText()).contains("X?");
        String line = new String(content, StandardCharsets.ISO_8859_1).split("\r\n")[warning.get("line").asInt() - 1];
        assertThat(line).startsWith("5.1,,BAB");
    }

    @Test
    void theUseOfTheSewerDecidesTheNetworkKind() {
        String storm = block("4", "6", "A", "", "B", "AG", "23.5", "3.4,,BAB,A,A,1,12,,A,,,");
        String combined = block("5", "6", "A", "", "C", "AG", "23.5", "3.4,,BAB,A,A,1,12,,A,,,");
        String noAck = block("6", "6", "A", "", "", "AG", "23.5", "3.4,,BAB,A,A,1,12,,A,,,");

        JsonNode report = importFile(file("de", storm, combined, noAck), "registerPipes=true&idPrefix=ACK-").json();

        assertThat(report.get("created").asInt()).as(report.toString()).isEqualTo(3);
        assertThat(registered("ACK-4")).contains("\"networkKind\":\"STORMWATER\"");
        assertThat(registered("ACK-5")).contains("\"networkKind\":\"COMBINED\"");
        assertThat(registered("ACK-6")).contains("\"networkKind\":\"WASTEWATER\"");
        assertThat(report.get("notes").toString()).contains("ACK").contains("ASSUMED");
    }

    String registered(String pipeId) {
        return jdbc.queryForObject("SELECT convert_from(payload, 'UTF8') FROM event_store.domain_event WHERE "
                + "aggregate_identifier = ? AND payload_type = 'se.valedger.pipe.PipeRegistered'", String.class, pipeId);
    }

    @Test
    void materialsAreReadFromTheStandardsAndTheNationalTablesAndAnUnknownCodeIsAWarningNamingIt() {
        String en = block("10", "6", "A", "", "A", "AE", "23.5", "3.4,,BAB,A,A,1,12,,A,,,");
        String german = block("11", "6", "A", "", "A", "STZ", "23.5", "3.4,,BAB,A,A,1,12,,A,,,");
        String unknown = block("12", "6", "A", "", "A", "QQX", "23.5", "3.4,,BAB,A,A,1,12,,A,,,");
        String brick = block("13", "6", "A", "", "A", "AD", "23.5", "3.4,,BAB,A,A,1,12,,A,,,");

        JsonNode report = importFile(file("de", en, german, unknown, brick), "registerPipes=true&idPrefix=MAT-").json();

        assertThat(report.get("created").asInt()).as(report.toString()).isEqualTo(4);
        assertThat(registered("MAT-10")).contains("\"material\":\"VITRIFIED_CLAY\"").contains("\"assumed\":[]");
        assertThat(registered("MAT-11")).contains("\"material\":\"VITRIFIED_CLAY\"");
        assertThat(registered("MAT-12")).contains("\"material\":\"UNKNOWN\"").contains("\"assumed\":[\"material\"]");
        assertThat(registered("MAT-13")).contains("\"material\":\"UNKNOWN\"");
        String warnings = report.get("warnings").toString();
        assertThat(warnings).contains("QQX").contains("brickwork");
    }

    @Test
    void swedishAndDanishCodesAreReadWithTheirTable() {
        String swedish = block("20", "6", "A", "", "A", "GJJ", "23.5", "3.4,,BAB,A,A,1,12,,A,,,");
        String danish = block("21", "6", "A", "", "A", "Lerrør", "23.5", "3.4,,BAB,A,A,1,12,,A,,,");

        importFile(file("sv", swedish), "registerPipes=true&idPrefix=SV-");
        importFile(file("en", danish), "registerPipes=true&idPrefix=DK-&materialCodes=DK");

        assertThat(registered("SV-20")).contains("\"material\":\"GREY_CAST_IRON\"");
        assertThat(registered("DK-21")).contains("\"material\":\"VITRIFIED_CLAY\"");
    }

    @Test
    void aSurveyDatedWithATwoDigitYearFromTheLastCenturyIsReadWithThePivot() {
        String run = block("30", "6", "A", "", "A", "AE", "23.5", "3.4,,BAB,A,A,1,12,,A,,,").replace("2007-07-19", "19.07.97");

        JsonNode report = importFile(file("de", run), "registerPipes=true&idPrefix=OLDDATE-").json();

        assertThat(report.get("accepted").asInt()).as(report.toString()).isEqualTo(1);
        assertThat(report.at("/inspections/0/inspectionId").asText()).contains("1997-07-19");
    }

    @Test
    void anUnknownMaterialTableIsA400NamingTheParameter() {
        var response = importFile(file("de", DOWNSTREAM), "registerPipes=true&idPrefix=T-&materialCodes=XX");
        assertThat(response.status()).isEqualTo(400);
        assertThat(response.json().get("field").asText()).isEqualTo("materialCodes");
    }

    @Test
    void anInspectionLengthFarFromTheRegistersIsAWarning() {
        var registration = admin.post("/api/pipes", """
                {"id":"LEN-1","networkKind":"WASTEWATER","material":"CONCRETE","diameterMm":300,"lengthM":50.0,
                 "installationYear":1975}""");
        assertThat(registration.status()).as(registration.body()).isEqualTo(201);
        String near = block("1", "6", "A", "", "A", "AG", "52.0", "3.4,,BAB,A,A,1,12,,A,,,");
        String far = block("1", "6", "B", "", "A", "AG", "23.5", "3.4,,BAB,A,A,1,12,,A,,,");

        JsonNode report = importFile(file("de", near, far), "idPrefix=LEN-").json();

        assertThat(report.get("accepted").asInt()).as(report.toString()).isEqualTo(2);
        List<JsonNode> abq = new ArrayList<>();
        report.get("warnings").forEach(w -> {
            if (w.get("field").asText().equals("ABQ")) {
                abq.add(w);
            }
        });
        assertThat(abq).hasSize(1);
        assertThat(abq.get(0).get("reason").asText()).contains("23.5").contains("50.0").contains("53 %");
    }
}
