package se.valedger.app.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.locationtech.proj4j.CRSFactory;
import org.locationtech.proj4j.CoordinateTransform;
import org.locationtech.proj4j.CoordinateTransformFactory;
import org.locationtech.proj4j.ProjCoordinate;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import se.valedger.testing.Api;
import se.valedger.testing.IntegrationTest;

/**
 * {@code POST /api/imports/geojson} (issue 18). The files are made here: pipes laid out in SWEREF 99 TM around
 * Östersund with lengths known exactly (straight runs of whole metres), written as RFC 7946 GeoJSON in WGS 84 by
 * the inverse projection (EPSG:3006 to 4326), so the import's forward reprojection is checked against the lengths
 * the pipes were drawn with.
 */
@IntegrationTest
class GeoJsonImportTest {

    @LocalServerPort
    int port;
    @Autowired
    JdbcTemplate jdbc;
    Api admin;

    @BeforeEach
    void setUp() {
        admin = Api.at(port, "admin", "admin-password");
    }

    static final CoordinateTransform TO_WGS84 = new CoordinateTransformFactory().createTransform(
            new CRSFactory().createFromName("EPSG:3006"), new CRSFactory().createFromName("EPSG:4326"));

    static String lonLat(double e, double n) {
        ProjCoordinate out = new ProjCoordinate();
        TO_WGS84.transform(new ProjCoordinate(e, n), out);
        return String.format(Locale.ROOT, "[%.9f,%.9f]", out.x, out.y);
    }

    static String feature(String id, String geometry) {
        return """
                {"type":"Feature","properties":{"ledningsid":"%s","ledningstyp":"spillvatten","material":"PVC",
                 "dimension":200,"anläggningsår":1988},"geometry":%s}""".formatted(id, geometry);
    }

    static String collection(String crs, List<String> features) {
        return "{\"type\":\"FeatureCollection\"," + (crs == null ? "" : "\"crs\":{\"type\":\"name\",\"properties\":"
                + "{\"name\":\"" + crs + "\"}},") + "\"features\":[" + String.join(",", features) + "]}";
    }

    Api.Response importJson(String json) {
        return admin.post("/api/imports/geojson", "application/geo+json", json.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void wgs84PipesAreReprojectedToSwerefWithTheLengthsTheyWereDrawnWith() {
        List<String> features = new ArrayList<>();
        double expected = 0;
        for (int i = 0; i < 25; i++) {
            double e = 480_000 + i * 150;
            double n = 7_005_000 + i * 40;
            double length = 50 + i * 3;
            expected += length + 20;
            // an L: east `length` m, then north 20 m
            features.add(feature("GJ-" + i, "{\"type\":\"LineString\",\"coordinates\":[" + lonLat(e, n) + ","
                    + lonLat(e + length, n) + "," + lonLat(e + length, n + 20) + "]}"));
        }
        // one MultiLineString whose two parts join at (481000, 7006000): 30 m + 40 m
        features.add(feature("GJ-multi", "{\"type\":\"MultiLineString\",\"coordinates\":[[" + lonLat(480_970, 7_006_000)
                + "," + lonLat(481_000, 7_006_000) + "],[" + lonLat(481_000, 7_006_000) + "," + lonLat(481_000, 7_006_040)
                + "]]}"));
        expected += 70;
        features.add(feature("GJ-point", "{\"type\":\"Point\",\"coordinates\":" + lonLat(481_000, 7_006_000) + "}"));

        var response = importJson(collection(null, features));

        assertThat(response.status()).as(response.body()).isEqualTo(200);
        JsonNode report = response.json();
        assertThat(report.get("crs").asText()).isEqualTo("EPSG:4326");
        assertThat(report.get("reprojected").asBoolean()).isTrue();
        assertThat(report.get("rowsRead").asInt()).as(report.toString()).isEqualTo(27);
        assertThat(report.get("created").asInt()).isEqualTo(26);
        assertThat(report.get("rejected").asInt()).isEqualTo(1);
        assertThat(report.at("/errors/0/field").asText()).isEqualTo("geometry");
        assertThat(report.at("/errors/0/line").asInt()).isEqualTo(28);
        assertThat(report.get("warnings")).isEmpty();
        assertThat(admin.get("/api/pipes?size=1&minPosition=" + response.header("X-Event-Position")).status()).isEqualTo(200);
        Map<String, Object> stored = jdbc.queryForMap("SELECT count(*) AS n, sum(length_m) AS m FROM register.pipe "
                + "WHERE pipe_id LIKE 'GJ-%'");
        assertThat(((Number) stored.get("n")).intValue()).isEqualTo(26);
        assertThat(((Number) stored.get("m")).doubleValue()).isCloseTo(expected, within(0.05));
        JsonNode pipe = admin.get("/api/pipes/GJ-3").json();
        assertThat(pipe.at("/geometry/crs").asText()).isEqualTo("EPSG:3006");
        assertThat(pipe.at("/geometry/coordinates/0/0").asDouble()).isCloseTo(480_450, within(0.01));
        assertThat(pipe.at("/geometry/coordinates/0/1").asDouble()).isCloseTo(7_005_120, within(0.01));

        long events = jdbc.queryForObject("SELECT count(*) FROM event_store.domain_event", Long.class);
        JsonNode again = importJson(collection(null, features)).json();
        assertThat(again.get("unchanged").asInt()).isEqualTo(26);
        assertThat(jdbc.queryForObject("SELECT count(*) FROM event_store.domain_event", Long.class)).isEqualTo(events);
    }

    @Test
    void coordinatesThatDoNotFitTheDeclaredCrsAreAWarningOrARefusalNeverStoredSilently() {
        // UTM zone 33N coordinates of Östersund labelled SWEREF 99 TM: both are transverse Mercator at 15°E, so they
        // land in the municipality; UTM zone 32N ones (central meridian 9°E) do not: about 780 km E.
        String utm32 = feature("WR-utm32", "{\"type\":\"LineString\",\"coordinates\":[[780000,7030000],[780100,7030000]]}");
        String lonLatAs3006 = feature("WR-lonlat", "{\"type\":\"LineString\",\"coordinates\":[[14.64,63.18],[14.65,63.18]]}");
        String fine = feature("WR-ok", "{\"type\":\"LineString\",\"coordinates\":[[481000,7006000],[481100,7006000]]}");

        JsonNode report = importJson(collection("urn:ogc:def:crs:EPSG::3006", List.of(utm32, lonLatAs3006, fine))).json();

        assertThat(report.get("crs").asText()).as(report.toString()).isEqualTo("EPSG:3006");
        assertThat(report.get("reprojected").asBoolean()).isFalse();
        List<Integer> warned = new ArrayList<>();
        report.get("warnings").forEach(w -> warned.add(w.get("line").asInt()));
        assertThat(warned).containsExactly(2, 3);
        assertThat(report.get("warnings").get(0).get("reason").asText()).contains("municipality extent")
                .contains("valedger.imports.municipality-extent");
        // lon/lat as SWEREF 99 TM is not even in Sweden: the register refuses that row (CoordinatesMustLieInTheCrsArea)
        assertThat(report.get("rejected").asInt()).isEqualTo(1);
        assertThat(report.at("/errors/0/line").asInt()).isEqualTo(3);
        assertThat(report.get("created").asInt()).isEqualTo(2);
    }

    @Test
    void aFileThatIsNoFeatureCollectionOrNamesAnUnknownCrsIsA400() {
        var notGeoJson = importJson("{\"type\":\"Topology\"}");
        assertThat(notGeoJson.status()).isEqualTo(400);
        assertThat(notGeoJson.json().get("field").asText()).isEqualTo("file");
        var crs = importJson(collection("local grid", List.of()));
        assertThat(crs.status()).isEqualTo(400);
        assertThat(crs.json().get("field").asText()).isEqualTo("crs");
    }
}
