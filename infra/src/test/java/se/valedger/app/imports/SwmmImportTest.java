package se.valedger.app.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import se.valedger.testing.Api;
import se.valedger.testing.IntegrationTest;

/**
 * {@code POST /api/imports/swmm} (issue 18). The model is written here after the EPA SWMM 5 user's manual,
 * appendix D (section names and column order), in US units (FLOW_UNITS CFS: feet); its conduits are counted and
 * their lengths summed by a separate naive parse of [CONDUITS].
 */
@IntegrationTest
class SwmmImportTest {

    static final String MODEL = """
            [TITLE]
            ;;Project Title/Notes
            A small sewer model [written for this test], with an [EVAPORATION] section the EPANET import refuses

            [OPTIONS]
            ;;Option             Value
            FLOW_UNITS           CFS
            INFILTRATION         HORTON
            FLOW_ROUTING         DYNWAVE

            [EVAPORATION]
            ;;Data Source    Parameters
            CONSTANT         0.0
            DRY_ONLY         NO

            [JUNCTIONS]
            ;;Name           Elevation  MaxDepth   InitDepth  SurDepth   Aponded
            J1               96         4          0          0          0
            J2               90         4          0          0          0
            J3               85         4          0          0          0

            [OUTFALLS]
            ;;Name           Elevation  Type       Stage Data       Gated    Route To
            O1               80         FREE                        NO

            [STORAGE]
            ;;Name  Elev.  MaxDepth InitDepth Shape      Curve Name/Params  N/A  Fevap Psi Ksat IMD
            S1      82     10       0         FUNCTIONAL 1000  0  0         0    0

            [CONDUITS]
            ;;Name           From Node        To Node          Length     Roughness  InOffset   OutOffset  InitFlow   MaxFlow
            C1               J1               J2               400        0.01       0          0          0          0
            C2               J2               J3               400        0.01       0          0          0          0
            C3               J3               O1               250.5      0.01       0          0          0          0
            C4               J1               S1               300        0.01       0          0          0          0
            C5               S1               O1               120        0.01       0          0          0          0

            [XSECTIONS]
            ;;Link           Shape        Geom1            Geom2      Geom3      Geom4      Barrels    Culvert
            C1               CIRCULAR     1.5              0          0          0          1
            C2               CIRCULAR     1                0          0          0          1
            C3               RECT_CLOSED  3                2          0          0          1
            C4               CIRCULAR     0.75             0          0          0          1
            C5               IRREGULAR    Creek            0          0          0          1

            [COORDINATES]
            ;;Node           X-Coord            Y-Coord
            J1               1000               2000
            J2               1400               2000
            J3               1800               2000
            O1               2050               2000
            S1               1300               1700

            [VERTICES]
            ;;Link           X-Coord            Y-Coord
            C1               1200               2100
            """;

    @LocalServerPort
    int port;
    @Autowired
    JdbcTemplate jdbc;
    Api admin;

    @BeforeEach
    void setUp() {
        admin = Api.at(port, "admin", "admin-password");
    }

    /** [CONDUITS] rows and their total length in metres, read without the importer. */
    static double[] conduits(String model) {
        boolean in = false;
        double count = 0;
        double feet = 0;
        for (String raw : model.split("\n")) {
            String line = raw.strip();
            if (line.startsWith("[")) {
                in = line.equals("[CONDUITS]");
            } else if (in && !line.isEmpty() && !line.startsWith(";")) {
                count++;
                feet += Double.parseDouble(line.split("\\s+")[3]);
            }
        }
        return new double[] {count, feet * 0.3048};
    }

    @Test
    void theConduitsOfASwmmModelBecomeSewerPipesWithTheirLengthsSizesAndNodes() {
        double[] expected = conduits(MODEL);

        var response = admin.post("/api/imports/swmm?idPrefix=SW-&fileName=model.inp", "text/plain",
                MODEL.getBytes(StandardCharsets.UTF_8));

        assertThat(response.status()).as(response.body()).isEqualTo(200);
        JsonNode report = response.json();
        assertThat(report.get("rowsRead").asInt()).isEqualTo((int) expected[0]);
        assertThat(report.get("created").asInt()).as(report.toString()).isEqualTo(4);
        assertThat(report.get("rejected").asInt()).isEqualTo(1);
        assertThat(report.at("/errors/0/field").asText()).isEqualTo("XSECTIONS");
        assertThat(report.at("/errors/0/reason").asText()).contains("C5").contains("IRREGULAR");
        assertThat(report.get("networkKind").asText()).contains("ASSUMED");
        assertThat(report.get("notes").toString()).contains("RECT_CLOSED");
        assertThat(admin.get("/api/pipes?size=1&minPosition=" + response.header("X-Event-Position")).status()).isEqualTo(200);
        Map<String, Object> stored = jdbc.queryForMap("SELECT count(*) AS n, sum(length_m) AS m FROM register.pipe "
                + "WHERE pipe_id LIKE 'SW-%' AND network_kind = 'WASTEWATER'");
        assertThat(((Number) stored.get("n")).intValue()).isEqualTo(4);
        assertThat(((Number) stored.get("m")).doubleValue()).isCloseTo(expected[1] - 120 * 0.3048, within(1e-6));
        JsonNode c1 = admin.get("/api/pipes/SW-C1").json();
        assertThat(c1.get("diameterMm").asInt()).isEqualTo(457);
        assertThat(c1.get("startNode").asText()).isEqualTo("J1");
        assertThat(c1.get("endNode").asText()).isEqualTo("J2");
        assertThat(c1.at("/geometry/coordinates").size()).isEqualTo(3);
        assertThat(c1.get("assumed").toString()).contains("material").contains("installationYear");
        assertThat(admin.get("/api/pipes/SW-C3").json().get("diameterMm").asInt()).isEqualTo(914);

        long events = jdbc.queryForObject("SELECT count(*) FROM event_store.domain_event", Long.class);
        JsonNode again = admin.post("/api/imports/swmm?idPrefix=SW-", "text/plain", MODEL.getBytes(StandardCharsets.UTF_8)).json();
        assertThat(again.get("unchanged").asInt()).isEqualTo(4);
        assertThat(jdbc.queryForObject("SELECT count(*) FROM event_store.domain_event", Long.class)).isEqualTo(events);
    }

    @Test
    void aSwmmFileSentToTheEpanetImportIsStillRefusedAndAnUnknownSectionHereNamesItsLine() {
        var epanet = admin.post("/api/imports/epanet?idPrefix=E-", "text/plain", MODEL.getBytes(StandardCharsets.UTF_8));
        assertThat(epanet.status()).isEqualTo(400);
        var bad = admin.post("/api/imports/swmm?idPrefix=B-", "text/plain",
                MODEL.replace("[STORAGE]", "[STORIES]").getBytes(StandardCharsets.UTF_8));
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.json().get("line").asInt()).isEqualTo(26);
        assertThat(bad.json().get("detail").asText()).contains("[STORIES]");
    }
}
