package se.valedger.http.api.map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.boot.test.web.server.LocalServerPort;
import se.valedger.testing.Api;
import se.valedger.testing.IntegrationTest;
import se.valedger.testing.SharedData;

/** {@code GET /api/map/pipes}: every pipe in a frame, SWEREF 99 TM in WGS 84, EPANET in its own units. */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class MapApiTest {

    @LocalServerPort
    int port;
    Api admin;
    long position;

    static String pipe(String id, String district, double x, double y, double x2, double y2) {
        return """
                {"id":"%s","networkKind":"DRINKING_WATER","material":"DUCTILE_IRON","diameterMm":150,"lengthM":120.5,
                 "installationYear":1974,"district":"%s","consequenceClass":3,
                 "geometry":{"crs":"EPSG:3006","coordinates":[[%s,%s],[%s,%s]]}}"""
                .formatted(id, district, x, y, x2, y2);
    }

    @BeforeAll
    void registerANetwork() throws IOException {
        admin = Api.at(port, "admin", "admin-password");
        assertThat(admin.post("/api/pipes", pipe("OST-1", "Odensala", 492000, 6995000, 492100, 6995060)).status())
                .isEqualTo(201);
        assertThat(admin.post("/api/pipes", pipe("OST-2", "Odensala", 520000, 7010000, 520200, 7010000)).status())
                .isEqualTo(201);
        var bare = admin.post("/api/pipes", """
                {"id":"BARE-1","networkKind":"WASTEWATER","material":"PVC","diameterMm":200,"lengthM":50,
                 "installationYear":1990,"district":"Odensala","consequenceClass":2}""");
        assertThat(bare.status()).as(bare.body()).isEqualTo(201);
        var leak = admin.post("/api/leaks", """
                {"pipeId":"OST-1","kind":"BURST","severity":"HIGH","estimatedFlowLps":4.5,
                 "position":{"crs":"EPSG:3006","x":492050.0,"y":6995030.0}}""");
        assertThat(leak.status()).as(leak.body()).isIn(201, 202);
        var imported = admin.post("/api/imports/epanet?idPrefix=N1-&district=Modell&fileName=Net1.inp", "text/plain",
                Files.readAllBytes(SharedData.file("epanet/Net1.inp")));
        assertThat(imported.json().get("created").asInt()).as(imported.body()).isEqualTo(12);
        position = Long.parseLong(imported.header("X-Event-Position"));
    }

    JsonNode map(String query) {
        var answer = admin.get("/api/map/pipes?minPosition=" + position + query);
        assertThat(answer.status()).as(answer.body()).isEqualTo(200);
        assertThat(answer.contentType()).startsWith("application/geo+json");
        return answer.json();
    }

    static List<String> pipeIds(JsonNode map) {
        List<String> ids = new ArrayList<>();
        map.get("features").forEach(f -> {
            if (f.at("/properties/feature").asText().equals("pipe")) {
                ids.add(f.get("id").asText());
            }
        });
        return ids;
    }

    @Test
    void everyPipeWithCoordinatesIsInAFrameAndTheOneWithoutIsCountedNotDropped() {
        JsonNode map = map("");
        assertThat(map.get("type").asText()).isEqualTo("FeatureCollection");
        assertThat(map.get("registered").asLong()).isEqualTo(15);
        assertThat(map.get("drawn").asInt()).isEqualTo(14);
        assertThat(map.get("withoutGeometry").asInt()).isEqualTo(1);
        assertThat(pipeIds(map)).hasSize(14).contains("OST-1", "OST-2", "N1-10", "N1-122").doesNotContain("BARE-1");
        assertThat(map.get("frames")).hasSize(2);
        JsonNode geo = map.get("frames").get(0);
        assertThat(geo.get("id").asText()).isEqualTo("geo");
        assertThat(geo.get("crs").asText()).isEqualTo("EPSG:4326");
        assertThat(geo.get("pipes").asInt()).isEqualTo(2);
        JsonNode drawing = map.get("frames").get(1);
        assertThat(drawing.get("geographic").asBoolean()).isFalse();
        assertThat(drawing.get("crs").asText()).isEqualTo("EPANET");
        assertThat(drawing.get("district").asText()).isEqualTo("Modell");
        assertThat(drawing.get("pipes").asInt()).isEqualTo(12);
    }

    @Test
    void swerefPipesComeInLongitudeAndLatitudeAndEpanetPipesInTheirOwnUnits() {
        JsonNode map = map("");
        for (JsonNode f : map.get("features")) {
            JsonNode first = f.at("/geometry/coordinates").get(0);
            if (f.get("id").asText().equals("OST-1")) {
                assertThat(f.at("/geometry/type").asText()).isEqualTo("LineString");
                assertThat(f.at("/properties/frame").asText()).isEqualTo("geo");
                // 492000 E, 6995000 N: 8 km west of SWEREF 99 TM's 15° E meridian, near Östersund.
                assertThat(first.get(0).asDouble()).isCloseTo(14.84, within(0.02));
                assertThat(first.get(1).asDouble()).isCloseTo(63.07, within(0.03));
            }
            if (f.get("id").asText().equals("N1-10")) {
                // Net1's junction 10 is drawn at (20, 70) in the model.
                assertThat(f.at("/properties/frame").asText()).isEqualTo("EPANET|Modell");
                assertThat(first.get(0).asDouble()).isEqualTo(20.0);
                assertThat(first.get(1).asDouble()).isEqualTo(70.0);
            }
        }
    }

    @Test
    void theOpenLeakIsAMarkerAtItsReportedPosition() {
        JsonNode leak = null;
        for (JsonNode f : map("").get("features")) {
            if (f.at("/properties/feature").asText().equals("leak")) {
                leak = f;
            }
        }
        assertThat(leak).isNotNull();
        assertThat(leak.at("/geometry/type").asText()).isEqualTo("Point");
        assertThat(leak.at("/properties/pipeId").asText()).isEqualTo("OST-1");
        assertThat(leak.at("/properties/status").asText()).isEqualTo("REPORTED");
        assertThat(leak.at("/properties/placedOnPipe").asBoolean()).isFalse();
        assertThat(leak.at("/geometry/coordinates/0").asDouble()).isCloseTo(14.84, within(0.02));
    }

    @Test
    void aBoundingBoxInLongitudeAndLatitudeKeepsOnlyTheGeographicPipesInside() {
        JsonNode map = map("&bbox=14.8,63.0,14.9,63.1");
        assertThat(pipeIds(map)).containsExactly("OST-1");
        assertThat(map.get("registered").asLong()).as("the counts still say what the register holds").isEqualTo(15);
    }

    @Test
    void aBoundingBoxInADrawingFramesUnitsKeepsOnlyThatFramesPipesInside() {
        // Net1's pipe 10 runs from junction 10 (20, 70) to 11 (30, 70); 110 from 11 to 2 at (50, 40) ...
        JsonNode map = map("&frame=EPANET%7CModell&bbox=15,65,25,75");
        assertThat(pipeIds(map)).isNotEmpty().allMatch(id -> id.startsWith("N1-")).contains("N1-10").hasSizeLessThan(12);
    }

    @Test
    void aDistrictFilterLeavesTheOtherDistrictsOut() {
        JsonNode map = map("&district=Modell");
        assertThat(pipeIds(map)).hasSize(12).allMatch(id -> id.startsWith("N1-"));
        assertThat(map.get("matching").asLong()).isEqualTo(12);
        assertThat(map.get("registered").asLong()).isEqualTo(15);
    }

    @Test
    void aBadBoundingBoxIsRefusedNamingTheParameterAndWhy() {
        for (String bad : List.of("1,2,3", "a,b,c,d", "10,10,5,5", "-200,0,0,10")) {
            var answer = admin.get("/api/map/pipes?bbox=" + bad);
            assertThat(answer.status()).as(bad).isEqualTo(400);
            assertThat(answer.contentType()).startsWith("application/problem+json");
            assertThat(answer.json().get("field").asText()).isEqualTo("bbox");
        }
        var unknownFrame = admin.get("/api/map/pipes?frame=NOPE&bbox=0,0,1,1");
        assertThat(unknownFrame.status()).isEqualTo(400);
        assertThat(unknownFrame.json().get("field").asText()).isEqualTo("frame");
        assertThat(admin.get("/api/map/pipes?networkKind=LAVA").status()).isEqualTo(400);
    }

    @Test
    void theMapNeedsSigningIn() {
        assertThat(Api.anonymous(port).get("/api/map/pipes").status()).isEqualTo(401);
    }
}
