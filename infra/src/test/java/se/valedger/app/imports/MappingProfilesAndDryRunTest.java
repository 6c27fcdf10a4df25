package se.valedger.app.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import se.valedger.app.EventLog;
import se.valedger.testing.Api;
import se.valedger.testing.IntegrationTest;
import se.valedger.testing.SharedData;

/**
 * Issue 18: a mapping profile saved once reads a foreign pipes file as it is, and a dry run stores nothing.
 *
 * <p>The foreign file: every 27th row of LADWP's real trunk-line export ({@code ../shared/data/ladwp/trunk_lines.csv},
 * headers {@code PIPE_DIAME} (inch), {@code PIPE_LENGT} (ft), {@code PIPE_MATER} ({@code STL}, {@code CI},
 * {@code CONC}, ...), {@code PIPE_PLR_Y} (the year laid)), with an {@code OBJECTID} column in front holding the
 * row's number in that file, as an ESRI export carries one (the published file has none). Its headers and
 * codes are left as LADWP wrote them; the expected counts are counted here from the same rows.
 */
@IntegrationTest
class MappingProfilesAndDryRunTest {

    @LocalServerPort
    int port;

    @Autowired
    EventLog eventLog;

    @Autowired
    org.springframework.jdbc.core.JdbcTemplate jdbc;

    /** Every 27th row: a sample that holds year-0 rows, a blank material on a row with a year, AC and CONC. */
    static final int STEP = 27;

    record Trunk(int objectId, double diameterInch, double lengthFt, String material, int year) {
    }

    static List<Trunk> trunks() throws IOException {
        List<String> lines = Files.readAllLines(SharedData.file("ladwp/trunk_lines.csv"), StandardCharsets.UTF_8);
        List<String> header = List.of(lines.get(0).split(",", -1));
        List<Trunk> rows = new ArrayList<>();
        for (int i = 1; i < lines.size(); i += STEP) {
            String[] cells = lines.get(i).split(",", -1);
            rows.add(new Trunk(i, Double.parseDouble(cells[header.indexOf("PIPE_DIAME")]),
                    Double.parseDouble(cells[header.indexOf("PIPE_LENGT")]), cells[header.indexOf("PIPE_MATER")].strip(),
                    Integer.parseInt(cells[header.indexOf("PIPE_PLR_Y")].strip())));
        }
        return rows;
    }

    static byte[] foreignFile() throws IOException {
        List<String> lines = Files.readAllLines(SharedData.file("ladwp/trunk_lines.csv"), StandardCharsets.UTF_8);
        StringBuilder csv = new StringBuilder("OBJECTID,").append(lines.get(0)).append('\n');
        for (int i = 1; i < lines.size(); i += STEP) {
            csv.append(i).append(',').append(lines.get(i)).append('\n');
        }
        return csv.toString().getBytes(StandardCharsets.UTF_8);
    }

    static String profile(String name, String idPrefix) {
        return """
                {"name":"%s","idPrefix":"%s","networkKind":"DRINKING_WATER",
                 "columns":{"id":"OBJECTID","diameterMm":"PIPE_DIAME","lengthM":"PIPE_LENGT",
                            "material":"PIPE_MATER","installationYear":"PIPE_PLR_Y"},
                 "materialCodes":{"STL":"STEEL","CI":"GREY_CAST_IRON","CONC":"CONCRETE","DI":"DUCTILE_IRON"},
                 "diameterUnit":"inch","lengthUnit":"ft"%s}
                """.formatted(name, idPrefix, ",\"defaultMaterial\":\"UNKNOWN_WITH_WARNING\"");
    }

    static String strictProfile(String name) {
        return profile(name, "STRICT-").replace(",\"defaultMaterial\":\"UNKNOWN_WITH_WARNING\"", "");
    }

    static long warningsOn(JsonNode report, String field) {
        long n = 0;
        for (JsonNode w : report.get("warnings")) {
            n += w.get("field").asText().equals(field) ? 1 : 0;
        }
        return n;
    }

    @Test
    void aProfileSavedOnceImportsLadwpTrunkLinesWithoutRenamingTheirHeaders() throws IOException {
        Api admin = Api.at(port, "admin", "admin-password");
        List<Trunk> rows = trunks();
        // independent count: the register refuses a year before 1800 (LADWP writes 0 for "not known")
        long refused = rows.stream().filter(t -> t.year() < 1800).count();
        long blankMaterial = rows.stream().filter(t -> t.year() >= 1800 && t.material().isEmpty()).count();
        assertThat(refused).isPositive();
        assertThat(blankMaterial).isPositive();

        assertThat(admin.post("/api/imports/pipes-csv", "text/csv", foreignFile()).status())
                .as("without a profile LADWP's headers mean nothing to the importer").isEqualTo(400);

        Api.Response saved = admin.post("/api/import-profiles", profile("ladwp-trunk", "LA-"));
        assertThat(saved.status()).as(saved.body()).isEqualTo(201);
        JsonNode listed = admin.get("/api/import-profiles").json();
        assertThat(listed).hasSize(1);
        assertThat(listed.at("/0/name").asText()).isEqualTo("ladwp-trunk");
        assertThat(listed.at("/0/createdBy").asText()).isEqualTo("admin");
        assertThat(listed.at("/0/columns/diameterMm").asText()).isEqualTo("PIPE_DIAME");

        Api.Response imported = admin.post("/api/imports/pipes-csv?profile=ladwp-trunk&fileName=trunk_lines.csv",
                "text/csv", foreignFile());
        JsonNode report = imported.json();
        assertThat(admin.get("/api/pipes?size=1&minPosition=" + imported.header("X-Event-Position")).status())
                .isEqualTo(200);
        assertThat(jdbc.queryForObject("SELECT count(*) FROM register.pipe WHERE pipe_id LIKE 'LA-%'", Long.class))
                .as("the register holds as many pipes as the test counted").isEqualTo(rows.size() - refused);

        assertThat(report.get("rowsRead").asLong()).as(report.toString()).isEqualTo(rows.size());
        assertThat(report.get("created").asLong()).isEqualTo(rows.size() - refused);
        assertThat(report.get("rejected").asLong()).isEqualTo(refused);
        assertThat(warningsOn(report, "material")).isEqualTo(blankMaterial);
        assertThat(report.get("profile").asText()).isEqualTo("ladwp-trunk");
        report.get("errors").forEach(e -> assertThat(e.get("field").asText()).isEqualTo("installationYear"));

        Trunk first = rows.get(0);
        JsonNode pipe = admin.get("/api/pipes/LA-" + first.objectId()).json();
        assertThat(pipe.get("diameterMm").asInt()).isEqualTo((int) Math.round(first.diameterInch() * 25.4));
        assertThat(pipe.get("lengthM").asDouble()).isCloseTo(first.lengthFt() * 0.3048, within(0.001));
        assertThat(pipe.get("material").asText()).isEqualTo("STEEL");
        assertThat(pipe.get("installationYear").asInt()).isEqualTo(first.year());
        assertThat(pipe.get("networkKind").asText()).isEqualTo("DRINKING_WATER");

        Trunk concrete = rows.stream().filter(t -> t.material().equals("CONC") && t.year() >= 1800).findFirst().orElseThrow();
        assertThat(admin.get("/api/pipes/LA-" + concrete.objectId()).json().get("material").asText())
                .as("CONC is in no table of the register, only in the profile's").isEqualTo("CONCRETE");
        Trunk blank = rows.stream().filter(t -> t.material().isEmpty() && t.year() >= 1800).findFirst().orElseThrow();
        JsonNode unknown = admin.get("/api/pipes/LA-" + blank.objectId()).json();
        assertThat(unknown.get("material").asText()).isEqualTo("UNKNOWN");
        assertThat(unknown.get("assumed").toString()).contains("material");

        JsonNode again = admin.post("/api/imports/pipes-csv?profile=LADWP-TRUNK", "text/csv", foreignFile()).json();
        assertThat(again.get("created").asLong()).as(again.toString()).isZero();
        assertThat(again.get("unchanged").asLong()).isEqualTo(rows.size() - refused);

        JsonNode audit = admin.get("/api/audit?type=SaveImportProfile").json();
        assertThat(audit.toString()).contains("ladwp-trunk");
    }

    @Test
    void aProfileWithAnUnknownTargetColumnIsRefusedNamingThatColumn() {
        Api admin = Api.at(port, "admin", "admin-password");
        Api.Response answer = admin.post("/api/import-profiles",
                "{\"name\":\"bad-target\",\"columns\":{\"id\":\"OBJECTID\",\"diametre\":\"PIPE_SIZE\"}}");

        assertThat(answer.status()).as(answer.body()).isEqualTo(400);
        assertThat(answer.json().get("field").asText()).isEqualTo("columns.diametre");
        assertThat(admin.get("/api/import-profiles/bad-target").status()).isEqualTo(404);
    }

    @Test
    void aSecondProfileWithTheSameNameInAnotherCaseIsRefusedNamingTheName() {
        Api admin = Api.at(port, "admin", "admin-password");
        assertThat(admin.post("/api/import-profiles", profile("twice", "T-")).status()).isEqualTo(201);

        Api.Response answer = admin.post("/api/import-profiles", profile("TWICE", "OTHER-"));

        assertThat(answer.status()).as(answer.body()).isEqualTo(400);
        assertThat(answer.json().get("field").asText()).isEqualTo("name");
        assertThat(admin.get("/api/import-profiles/twice").json().get("idPrefix").asText())
                .as("the first profile is kept as saved").isEqualTo("T-");
    }

    @Test
    void aMaterialCodeMeaningNoMaterialAndAnOddDefaultAreRefusedNamingTheirFields() {
        Api admin = Api.at(port, "admin", "admin-password");
        Api.Response code = admin.post("/api/import-profiles",
                "{\"name\":\"bad-code\",\"columns\":{\"id\":\"OBJECTID\"},\"materialCodes\":{\"XX\":\"WOOD\"}}");
        Api.Response fallback = admin.post("/api/import-profiles",
                "{\"name\":\"bad-default\",\"columns\":{\"id\":\"OBJECTID\"},\"defaultMaterial\":\"PVC\"}");
        Api.Response typo = admin.post("/api/import-profiles",
                "{\"name\":\"typo\",\"colums\":{\"id\":\"OBJECTID\"}}");

        assertThat(code.status()).as(code.body()).isEqualTo(400);
        assertThat(code.json().get("field").asText()).isEqualTo("materialCodes.XX");
        assertThat(fallback.json().get("field").asText()).as(fallback.body()).isEqualTo("defaultMaterial");
        assertThat(typo.status()).as(typo.body()).isEqualTo(400);
        assertThat(typo.json().get("field").asText()).isEqualTo("colums");
    }

    @Test
    void anImportNamingAnUnknownProfileIsRefusedNamingProfileAndStoresNothing() throws IOException {
        Api admin = Api.at(port, "admin", "admin-password");
        long before = eventLog.head();

        Api.Response answer = admin.post("/api/imports/pipes-csv?profile=nobody", "text/csv", foreignFile());

        assertThat(answer.status()).as(answer.body()).isEqualTo(400);
        assertThat(answer.json().get("field").asText()).isEqualTo("profile");
        assertThat(eventLog.head()).isEqualTo(before);
    }

    @Test
    void aDryRunShowsTheFirstRowsMappedAndEveryWarningAndStoresNothing() throws IOException {
        Api admin = Api.at(port, "admin", "admin-password");
        assertThat(admin.post("/api/import-profiles", profile("ladwp-dry", "DRY-")).status()).isEqualTo(201);
        List<Trunk> rows = trunks();
        long blankMaterial = rows.stream().filter(t -> t.material().isEmpty()).count();
        long before = eventLog.head();

        Api.Response answer = admin.post("/api/imports/pipes-csv?profile=ladwp-dry&dryRun=true", "text/csv",
                foreignFile());

        assertThat(answer.status()).as(answer.body()).isEqualTo(200);
        JsonNode report = answer.json();
        assertThat(eventLog.head()).as("the event log did not move").isEqualTo(before);
        assertThat(admin.get("/api/pipes/DRY-" + rows.get(0).objectId()).status()).isEqualTo(404);
        assertThat(report.get("rowsRead").asLong()).isEqualTo(rows.size());
        assertThat(report.get("created").asLong()).isZero();
        assertThat(warningsOn(report, "material")).isEqualTo(blankMaterial);
        assertThat(report.get("dryRun").asText()).contains("nothing was stored");
        JsonNode preview = report.get("preview");
        assertThat(preview).hasSize(10);
        assertThat(preview.at("/0/commands/0/pipeId").asText()).isEqualTo("DRY-" + rows.get(0).objectId());
        assertThat(preview.at("/0/commands/0/diameterMm").asInt())
                .isEqualTo((int) Math.round(rows.get(0).diameterInch() * 25.4));
        assertThat(preview.at("/0/commands/0/material").asText()).isEqualTo("STEEL");

        assertThat(admin.post("/api/import-profiles", strictProfile("ladwp-strict")).status()).isEqualTo(201);
        JsonNode strict = admin.post("/api/imports/pipes-csv?profile=ladwp-strict&dryRun=true", "text/csv",
                foreignFile()).json();
        assertThat(strict.get("rejected").asLong()).as("without defaultMaterial a blank material refuses its row")
                .isEqualTo(blankMaterial);
        strict.get("errors").forEach(e -> assertThat(e.get("field").asText()).isEqualTo("material"));
        assertThat(eventLog.head()).isEqualTo(before);
    }

    @Test
    void aDryRunOfAGeoJsonFileStoresNothingAndANonBooleanDryRunIsRefused() {
        Api admin = Api.at(port, "admin", "admin-password");
        String geojson = """
                {"type":"FeatureCollection","features":[{"type":"Feature",
                 "properties":{"ledningsid":"GJ-DRY-1","ledningstyp":"spillvatten","material":"PVC","dimension":200,
                               "anläggningsår":1990},
                 "geometry":{"type":"LineString","coordinates":[[14.63,63.17],[14.631,63.171]]}}]}
                """;
        long before = eventLog.head();

        Api.Response dry = admin.post("/api/imports/geojson?dryRun=true", "application/geo+json",
                geojson.getBytes(StandardCharsets.UTF_8));
        Api.Response odd = admin.post("/api/imports/geojson?dryRun=yes", "application/geo+json",
                geojson.getBytes(StandardCharsets.UTF_8));

        assertThat(dry.status()).as(dry.body()).isEqualTo(200);
        assertThat(dry.json().get("accepted").asInt()).isEqualTo(1);
        assertThat(dry.json().at("/preview/0/commands/0/pipeId").asText()).isEqualTo("GJ-DRY-1");
        assertThat(odd.status()).as(odd.body()).isEqualTo(400);
        assertThat(odd.json().get("field").asText()).isEqualTo("dryRun");
        assertThat(eventLog.head()).isEqualTo(before);
        assertThat(admin.get("/api/pipes/GJ-DRY-1").status()).isEqualTo(404);
    }

    @Test
    void aDryRunOnAnImportThatCannotDoOneYetIsRefusedInsteadOfStoring() throws IOException {
        Api admin = Api.at(port, "admin", "admin-password");
        byte[] leaks = Files.readAllBytes(SharedData.file("ladwp/main_leaks_2010_to_partial_2014.csv"));
        long before = eventLog.head();

        Api.Response leaksDry = admin.post("/api/imports/leaks-csv?dryRun=true", "text/csv", leaks);
        Api.Response epanetDry = admin.post("/api/imports/epanet?dryRun=true", "text/plain",
                Files.readAllBytes(SharedData.file("epanet/Net1.inp")));
        Api.Response en13508Profile = admin.post("/api/imports/en13508?profile=x", "text/plain",
                Files.readAllBytes(SharedData.file("en13508/example_13508_2.txt")));

        assertThat(leaksDry.status()).as(leaksDry.body()).isEqualTo(400);
        assertThat(leaksDry.json().get("field").asText()).isEqualTo("dryRun");
        assertThat(epanetDry.status()).as(epanetDry.body()).isEqualTo(400);
        assertThat(epanetDry.json().get("field").asText()).isEqualTo("dryRun");
        assertThat(en13508Profile.status()).as(en13508Profile.body()).isEqualTo(400);
        assertThat(en13508Profile.json().get("field").asText()).isEqualTo("profile");
        assertThat(eventLog.head()).as("nothing was stored").isEqualTo(before);
    }
}
