package se.valedger.app.imports;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import se.valedger.testing.Api;
import se.valedger.testing.IntegrationTest;

@IntegrationTest
class PipesCsvImportTest {

    static final String SWEDISH = """
            Ledningsid;Ledningstyp;Material;Dimension;Längd;Anläggningsår;Område;Konsekvensklass;Geometri
            OS-1;Dricksvatten;Segjärn;150;120,5;1974;Odensala;3;"LINESTRING (492000 6995000, 492100 6995060)"
            OS-2;Spillvatten;Betong;300;80;1958;Lugnvik;;"LINESTRING (492100 6995060, 492150 6995100)"
            OS-3;Dagvatten;PVC;250;42,25;1989;;2;
            """;
    static final String ENGLISH = """
            id,networkKind,material,diameterMm,lengthM,installationYear,coordinates,crs
            EN-1,WASTEWATER,VC,225,60.5,1936,"492000 6995000; 492030 6995040",EPSG:3006
            EN-2,STORMWATER,PE,400,33,2011,"[[10.5,20.5],[11.5,21.5]]",EPSG:3011
            """;

    @LocalServerPort
    int port;
    @Autowired
    JdbcTemplate jdbc;

    Api admin;

    @BeforeEach
    void signIn() {
        admin = Api.at(port, "admin", "admin-password");
    }

    long events() {
        return jdbc.queryForObject("SELECT count(*) FROM event_store.domain_event", Long.class);
    }

    JsonNode importCsv(String csv) {
        var response = Uploads.upload(admin, "/api/imports/pipes-csv", "pipes.csv", csv.getBytes(StandardCharsets.UTF_8));
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        return response.json();
    }

    JsonNode pipe(String id) {
        long last = jdbc.queryForObject("SELECT max(global_index) FROM event_store.domain_event", Long.class);
        return admin.get("/api/pipes/" + id + "?minPosition=" + last).json();
    }

    @Test
    void aSwedishExportWithSemicolonsDecimalCommasAndWktImports() {
        JsonNode report = importCsv(SWEDISH);
        assertThat(report.get("kind").asText()).isEqualTo("pipes-csv");
        assertThat(report.get("created").asInt()).as(report.toString()).isEqualTo(3);
        JsonNode os1 = pipe("OS-1");
        assertThat(os1.get("material").asText()).isEqualTo("DUCTILE_IRON");
        assertThat(os1.get("networkKind").asText()).isEqualTo("DRINKING_WATER");
        assertThat(os1.get("lengthM").asDouble()).isEqualTo(120.5);
        assertThat(os1.get("district").asText()).isEqualTo("Odensala");
        assertThat(os1.at("/geometry/crs").asText()).isEqualTo("EPSG:3006");
        assertThat(os1.at("/geometry/coordinates/1/1").asDouble()).isEqualTo(6995060.0);
        assertThat(pipe("OS-2").get("consequenceClass").asInt()).isEqualTo(3);
        assertThat(pipe("OS-3").get("networkKind").asText()).isEqualTo("STORMWATER");
    }

    @Test
    void anEnglishExportWithCoordinateListsImportsAndReImportingItChangesNothing() {
        assertThat(importCsv(ENGLISH).get("created").asInt()).isEqualTo(2);
        JsonNode en2 = pipe("EN-2");
        assertThat(en2.at("/geometry/crs").asText()).isEqualTo("EPSG:3011");
        assertThat(en2.at("/geometry/coordinates/1/0").asDouble()).isEqualTo(11.5);
        assertThat(pipe("EN-1").get("material").asText()).isEqualTo("VITRIFIED_CLAY");
        long before = events();
        JsonNode again = importCsv(ENGLISH);
        assertThat(again.get("unchanged").asInt()).isEqualTo(2);
        assertThat(events()).isEqualTo(before);

        JsonNode changed = importCsv(ENGLISH.replace("EN-2,STORMWATER,PE,400,33,2011", "EN-2,STORMWATER,PE,400,34,2011"));
        assertThat(changed.get("corrected").asInt()).isEqualTo(1);
        assertThat(changed.get("unchanged").asInt()).isEqualTo(1);
        assertThat(events()).isEqualTo(before + 1);
    }

    @Test
    void rowsWithValuesTheRegisterRefusesAreReportedWithLineAndField() {
        JsonNode report = importCsv("""
                id,networkKind,material,diameterMm,lengthM,installationYear
                BAD-1,WASTEWATER,WOOD,225,60.5,1936
                BAD-2,LAVA,PVC,225,60.5,1936
                BAD-3,WASTEWATER,PVC,225,-2,1936
                BAD-4,WASTEWATER,PVC,225,10,
                OK-1,WASTEWATER,PVC,225,10,1990
                OK-1,WASTEWATER,PVC,225,10,1990
                """);
        assertThat(report.get("rowsRead").asInt()).isEqualTo(6);
        assertThat(report.get("accepted").asInt()).isEqualTo(1);
        assertThat(report.get("rejected").asInt()).isEqualTo(5);
        JsonNode errors = report.get("errors");
        assertThat(errors.get(0).get("line").asInt()).isEqualTo(2);
        assertThat(errors.get(0).get("field").asText()).isEqualTo("material");
        assertThat(errors.get(1).get("field").asText()).isEqualTo("networkKind");
        assertThat(errors.get(2).get("field").asText()).isEqualTo("lengthM");
        assertThat(errors.get(3).get("field").asText()).isEqualTo("installationYear");
        assertThat(errors.get(4).get("line").asInt()).isEqualTo(7);
        assertThat(errors.get(4).get("reason").asText()).contains("first on line 6");
    }

    @Test
    void aRowTheRegisterRefusesInTheMiddleOfALargeFileCostsOnlyThatRowAndIsAuditedOnce() {
        StringBuilder file = new StringBuilder("id,networkKind,material,diameterMm,lengthM,installationYear\n");
        for (int i = 0; i < 250; i++) {
            file.append("CH-").append(i).append(",WASTEWATER,PVC,225,10,1990\n");
        }
        assertThat(importCsv(file.toString()).get("created").asInt()).isEqualTo(250);
        var gone = admin.post("/api/pipes/CH-120/decommission", """
                {"reason":"abandoned","date":"2026-01-15"}""");
        assertThat(gone.status()).as(gone.body()).isEqualTo(202);
        long before = events();

        // every row changes its length: 249 corrections and one refusal in the middle of a chunk
        JsonNode report = importCsv(file.toString().replace(",225,10,1990", ",225,11,1990"));

        assertThat(report.get("corrected").asInt()).as(report.toString()).isEqualTo(249);
        assertThat(report.get("rejected").asInt()).isEqualTo(1);
        assertThat(report.at("/errors/0/line").asInt()).as("CH-120 is on line 122").isEqualTo(122);
        assertThat(report.at("/errors/0/reason").asText()).contains("decommissioned");
        assertThat(events()).isEqualTo(before + 249);
        assertThat(jdbc.queryForList("""
                SELECT count(*) FROM event_store.domain_event WHERE aggregate_identifier LIKE 'CH-%'
                AND payload_type = 'se.valedger.pipe.PipeCorrected' GROUP BY aggregate_identifier""", Long.class))
                .as("each pipe but CH-120 corrected once").hasSize(249).containsOnly(1L);
        awaitAuditChained();
        assertThat(jdbc.queryForObject("""
                SELECT count(*) FROM audit.entry WHERE type = 'ImportPipe' AND aggregate_id = 'CH-120'
                AND outcome <> 'ACCEPTED'""", Long.class)).as("the refusal, once").isEqualTo(1L);
        assertThat(jdbc.queryForObject("""
                SELECT count(*) FROM audit.entry WHERE type = 'ImportPipe' AND aggregate_id LIKE 'CH-%'
                AND outcome = 'ACCEPTED'""", Long.class))
                .as("250 registrations and 249 corrections").isEqualTo(499L);
    }

    void awaitAuditChained() {
        long deadline = System.nanoTime() + 10_000_000_000L;
        while (jdbc.queryForObject("SELECT count(*) FROM audit.pending", Long.class) > 0 && System.nanoTime() < deadline) {
            Thread.onSpinWait();
        }
    }

    void assertRefusedWhole(String csv, int line, String words) {
        long before = events();
        var response = Uploads.upload(admin, "/api/imports/pipes-csv", "bad.csv", csv.getBytes(StandardCharsets.UTF_8));
        assertThat(response.status()).as(response.body()).isEqualTo(400);
        assertThat(response.json().get("line").asInt()).isEqualTo(line);
        assertThat(response.json().get("detail").asText()).contains(words);
        assertThat(events()).isEqualTo(before);
    }

    @Test
    void aFileThatCannotBeParsedIsRefusedWholeWithItsLine() {
        assertRefusedWhole(ENGLISH.replace("60.5", "sixty"), 2, "lengthM 'sixty' is not a number");
        assertRefusedWhole(ENGLISH.replace("\"[[10.5,20.5],[11.5,21.5]]\"", "\"[[10.5,20.5],[11.5]]\""), 3, "pairs");
        assertRefusedWhole(SWEDISH.replace("LINESTRING (492100", "POLYGON (492100"), 3, "not a WKT LINESTRING");
        assertRefusedWhole(ENGLISH.replace(",lengthM,", ",len,"), 1, "no lengthM column");
        assertRefusedWhole(ENGLISH.replace("\"492000 6995000; 492030 6995040\"", "\"492000 6995000"), 2, "not closed");
    }

    @Test
    void aFileWhoseLastRowIsCutShortIsRefusedWholeButAMissingFinalNewlineIsNot() {
        long before = events();
        String cut = "id,networkKind,material,diameterMm,lengthM,installationYear\n"
                + "CUT-1,WASTEWATER,PVC,200,10,1990\nCUT-2,WASTEWATER,PV";
        var refused = admin.post("/api/imports/pipes-csv", "text/csv", cut.getBytes(StandardCharsets.UTF_8));
        assertThat(refused.status()).as(refused.body()).isEqualTo(400);
        assertThat(refused.json().get("line").asInt()).isEqualTo(3);
        assertThat(refused.json().get("detail").asText()).contains("cut short");
        var unclosed = admin.post("/api/imports/pipes-csv", "text/csv", ("id,networkKind,material,diameterMm,lengthM,"
                + "installationYear,district\nCUT-3,WASTEWATER,PVC,200,10,1990,\"Odens").getBytes(StandardCharsets.UTF_8));
        assertThat(unclosed.status()).as(unclosed.body()).isEqualTo(400);
        assertThat(events()).as("nothing of a cut file is stored").isEqualTo(before);
        var whole = admin.post("/api/imports/pipes-csv", "text/csv", ("id,networkKind,material,diameterMm,lengthM,"
                + "installationYear\nCUT-4,WASTEWATER,PVC,200,10,1990").getBytes(StandardCharsets.UTF_8));
        assertThat(whole.status()).as(whole.body()).isEqualTo(200);
        assertThat(whole.json().get("accepted").asInt()).isEqualTo(1);
    }
}
