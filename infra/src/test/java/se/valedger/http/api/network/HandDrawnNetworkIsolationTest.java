package se.valedger.http.api.network;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import se.valedger.testing.Api;
import se.valedger.testing.IntegrationTest;
import se.valedger.testing.PipeJson;

/**
 * A hand-drawn network of 20 pipes, worked by hand (drawing: the Javadoc of {@link #draw}), against
 * {@code GET /api/pipes/{id}/isolation}.
 */
@IntegrationTest
@org.springframework.test.context.TestPropertySource(properties = "valedger.network.criticality-refresh=PT1S")
class HandDrawnNetworkIsolationTest {

    @org.springframework.beans.factory.annotation.Autowired
    org.springframework.jdbc.core.JdbcTemplate jdbc;

    @LocalServerPort
    int port;
    Api admin;
    static boolean drawn;
    static String last;

    @BeforeEach
    void signIn() {
        admin = Api.at(port, "admin", "admin-password");
        if (!drawn) {
            draw();
            drawn = true;
        }
    }

    /**
     * <pre>
     * R --P1-- J1 --P2-- J2 --P3-- J3 --P4-- J4 --P20-- T
     *          |         |         |         |
     *          P5        P6        P7        P8
     *          |         |         |         |
     *          J5 --P9-- J6 --P10- J7 --P11- J8
     *                    |                   |
     *                    P12                 P13
     *                    |                   |
     *   J15 --P18-- J10 =P14/P19= J9         J11 --P15-- J12 --P16-- J13 --P17-- J14
     * </pre>
     * P14 and P19 are parallel mains between J9 and J10. Valves (pipe at node, status): V1 P2@J1, V2 P5@J1,
     * V3 P3@J2, V4 P6@J6, V5 P9@J6 BROKEN, V6 P12@J6, V7 P10@J6, V8 P13@J8, V9 P15@J11 UNKNOWN, V10 P16@J12,
     * V11 P4@J4, V12 P8@J4; all others OPEN. Households: 40 at J9, 25 at J10, 10 along P18; the hospital at J15,
     * a school along P17.
     */
    void draw() {
        node("R", "RESERVOIR", 0, 0);
        node("T", "TANK", 500, 0);
        String[][] pipes = {
                {"P1", "R", "J1"}, {"P2", "J1", "J2"}, {"P3", "J2", "J3"}, {"P4", "J3", "J4"}, {"P5", "J1", "J5"},
                {"P6", "J2", "J6"}, {"P7", "J3", "J7"}, {"P8", "J4", "J8"}, {"P9", "J5", "J6"}, {"P10", "J6", "J7"},
                {"P11", "J7", "J8"}, {"P12", "J6", "J9"}, {"P13", "J8", "J11"}, {"P14", "J9", "J10"},
                {"P15", "J11", "J12"}, {"P16", "J12", "J13"}, {"P17", "J13", "J14"}, {"P18", "J10", "J15"},
                {"P19", "J9", "J10"}, {"P20", "J4", "T"}};
        for (int j = 1; j <= 15; j++) {
            node("J" + j, "JUNCTION", 100 * j, 100);
        }
        for (String[] p : pipes) {
            var r = admin.post("/api/pipes", PipeJson.pipe("HD-" + p[0]).material("DUCTILE_IRON").diameter(150)
                    .length(100).laid(1970).with("startNode", p[1]).with("endNode", p[2]).json());
            assertThat(r.status()).as(r.body()).isEqualTo(201);
            // a valve needs its pipe in the register
            admin.get("/api/pipes/HD-" + p[0] + "?minPosition=" + r.header("X-Event-Position"));
        }
        valve("V1", "P2", "J1", "OPEN");
        valve("V2", "P5", "J1", "OPEN");
        valve("V3", "P3", "J2", "OPEN");
        valve("V4", "P6", "J6", "OPEN");
        valve("V5", "P9", "J6", "BROKEN");
        valve("V6", "P12", "J6", "OPEN");
        valve("V7", "P10", "J6", "OPEN");
        valve("V8", "P13", "J8", "OPEN");
        valve("V9", "P15", "J11", "UNKNOWN");
        valve("V10", "P16", "J12", "OPEN");
        valve("V11", "P4", "J4", "OPEN");
        valve("V12", "P8", "J4", "OPEN");
        connection("C1", "\"nodeId\":\"J9\",\"households\":40");
        connection("C2", "\"nodeId\":\"J10\",\"households\":25");
        connection("C3", "\"pipeId\":\"HD-P18\",\"households\":10");
        customer("K1", "Östersunds sjukhus", "HOSPITAL", "\"nodeId\":\"J15\"");
        customer("K2", "Lugnviksskolan", "SCHOOL", "\"pipeId\":\"HD-P17\"");
    }

    void node(String id, String kind, double x, double y) {
        var r = admin.post("/api/nodes", """
                {"id":"%s","kind":"%s","position":{"crs":"EPSG:3006","x":%s,"y":%s}}"""
                .formatted(id, kind, 492000 + x, 6995000 + y));
        assertThat(r.status()).as(r.body()).isEqualTo(201);
        last = r.header("X-Event-Position");
    }

    void valve(String id, String pipe, String node, String status) {
        var r = admin.post("/api/valves", """
                {"id":"%s","pipeId":"HD-%s","nodeId":"%s","status":"%s","diameterMm":150}"""
                .formatted(id, pipe, node, status));
        assertThat(r.status()).as(r.body()).isEqualTo(201);
        last = r.header("X-Event-Position");
    }

    void connection(String id, String point) {
        var r = admin.post("/api/service-connections", "{\"connectionId\":\"" + id + "\"," + point + "}");
        assertThat(r.status()).as(r.body()).isEqualTo(202);
        last = r.header("X-Event-Position");
    }

    void customer(String id, String name, String kind, String point) {
        var r = admin.post("/api/critical-customers", "{\"customerId\":\"" + id + "\",\"name\":\"" + name
                + "\",\"kind\":\"" + kind + "\"," + point + "}");
        assertThat(r.status()).as(r.body()).isEqualTo(202);
        last = r.header("X-Event-Position");
    }

    JsonNode isolate(String pipe) {
        var r = admin.get("/api/pipes/HD-" + pipe + "/isolation?minPosition=" + last);
        assertThat(r.status()).as(r.body()).isEqualTo(200);
        return r.json();
    }

    static List<String> texts(JsonNode array) {
        List<String> out = new ArrayList<>();
        array.forEach(n -> out.add(n.isTextual() ? n.asText() : n.get("id") != null ? n.get("id").asText()
                : n.get("customerId").asText()));
        return out;
    }

    static List<String> pipes(String... ids) {
        return java.util.Arrays.stream(ids).map(id -> "HD-" + id).sorted().toList();
    }

    @Test
    void aDeadEndBranchBehindOneValveLosesItsParallelMainsAndItsHospital() {
        JsonNode iso = isolate("P12");
        assertThat(texts(iso.get("valvesToClose"))).containsExactly("V6");
        assertThat(texts(iso.get("pipesWithoutWater"))).containsExactlyElementsOf(pipes("P12", "P14", "P18", "P19"));
        assertThat(texts(iso.get("nodesWithoutWater"))).containsExactly("J10", "J15", "J9");
        assertThat(iso.get("connectionsAffected").asInt()).isEqualTo(75);
        assertThat(texts(iso.get("criticalCustomers"))).containsExactly("K1");
        assertThat(iso.get("mainKmShutOff").asDouble()).isEqualTo(0.4);
        assertThat(iso.get("skippedValves")).isEmpty();
    }

    @Test
    void aBrokenValveWidensTheSegmentAndIsNamedAndTheBranchBeyondLosesWaterToo() {
        JsonNode iso = isolate("P9");
        assertThat(texts(iso.get("valvesToClose"))).containsExactly("V2", "V4", "V6", "V7");
        assertThat(iso.get("skippedValves").get(0).get("id").asText()).isEqualTo("V5");
        assertThat(iso.get("skippedValves").get(0).get("reason").asText()).contains("broken");
        assertThat(texts(iso.get("segmentPipes"))).containsExactlyElementsOf(pipes("P5", "P9"));
        assertThat(texts(iso.get("pipesWithoutWater")))
                .containsExactlyElementsOf(pipes("P12", "P14", "P18", "P19", "P5", "P9"));
        assertThat(texts(iso.get("nodesWithoutWater"))).containsExactly("J10", "J15", "J5", "J6", "J9");
        assertThat(iso.get("mainKmShutOff").asDouble()).isEqualTo(0.2);
        assertThat(iso.get("kmWithoutWater").asDouble()).isEqualTo(0.6);
        assertThat(texts(iso.get("criticalCustomers"))).containsExactly("K1");
    }

    @Test
    void anUnknownValveIsPassedAndTheValveBeyondItClosesInstead() {
        JsonNode iso = isolate("P15");
        assertThat(texts(iso.get("valvesToClose"))).containsExactly("V10", "V8");
        assertThat(iso.get("skippedValves").get(0).get("id").asText()).isEqualTo("V9");
        assertThat(iso.get("skippedValves").get(0).get("reason").asText()).contains("unknown");
        assertThat(texts(iso.get("pipesWithoutWater"))).containsExactlyElementsOf(pipes("P13", "P15", "P16", "P17"));
        assertThat(texts(iso.get("nodesWithoutWater"))).containsExactly("J11", "J12", "J13", "J14");
        assertThat(texts(iso.get("criticalCustomers"))).containsExactly("K2");
        assertThat(iso.get("connectionsAffected").asInt()).isZero();
    }

    @Test
    void theReservoirsMainIsShutWithItsSourceAndTheTankFeedsTheRestOfTheLoop() {
        JsonNode iso = isolate("P1");
        assertThat(texts(iso.get("valvesToClose"))).containsExactly("V1", "V2");
        assertThat(texts(iso.get("pipesWithoutWater"))).containsExactly("HD-P1");
        assertThat(texts(iso.get("nodesWithoutWater"))).containsExactly("J1", "R");
        assertThat(iso.get("notes").get(0).asText()).contains("source R");
    }

    @Test
    void aPipeAtTheEndOfTheLineTakesOnlyItselfAndTheStubBeyond() {
        JsonNode iso = isolate("P16");
        assertThat(texts(iso.get("valvesToClose"))).containsExactly("V10");
        assertThat(texts(iso.get("pipesWithoutWater"))).containsExactlyElementsOf(pipes("P16", "P17"));
        assertThat(texts(iso.get("nodesWithoutWater"))).containsExactly("J13", "J14");
    }

    @Test
    void aPipeTheGraphDoesNotKnowIs404AndAPipeWithoutNodesIsRefusedSayingWhy() {
        assertThat(admin.get("/api/pipes/HD-NONE/isolation?minPosition=" + last).status()).isEqualTo(404);
        var r = admin.post("/api/pipes", PipeJson.pipe("HD-LOOSE").material("PVC").diameter(110).length(10).laid(1990).json());
        var answer = admin.get("/api/pipes/HD-LOOSE/isolation?minPosition=" + r.header("X-Event-Position"));
        assertThat(answer.status()).as(answer.body()).isEqualTo(409);
        assertThat(answer.body()).contains("start node");
    }

    JsonNode criticality(String pipe) {
        var r = admin.get("/api/pipes/HD-" + pipe + "/criticality?minPosition=" + last);
        assertThat(r.status()).as(r.body()).isEqualTo(200);
        return r.json();
    }

    @Test
    void theMainIntoADeadEndBranchIsASingleFeedWithItsHouseholdsAndHospitalExplainedInWords() {
        JsonNode c = criticality("P12");
        assertThat(c.get("singleFeed").asBoolean()).isTrue();
        assertThat(c.get("nodesFedOnlyThroughIt").asInt()).isEqualTo(3);
        assertThat(c.get("householdsWithoutWater").asInt()).isEqualTo(75);
        assertThat(c.at("/criticalCustomers/0/name").asText()).isEqualTo("Östersunds sjukhus");
        assertThat(c.get("explanation").asText()).startsWith("single feed: with this pipe out, 3 node(s)")
                .contains("Östersunds sjukhus");
    }

    @Test
    void aParallelMainAndALoopedMainAreNoSingleFeedAndTheReservoirMainIsBackedByTheTank() {
        JsonNode parallel = criticality("P14");
        assertThat(parallel.get("singleFeed").asBoolean()).as("P19 runs beside it").isFalse();
        assertThat(parallel.get("householdsWithoutWater").asInt()).as("its segment is still shut to repair it")
                .isEqualTo(75);
        assertThat(criticality("P10").get("singleFeed").asBoolean()).isFalse();
        assertThat(criticality("P10").get("explanation").asText()).startsWith("looped");
        assertThat(criticality("P1").get("singleFeed").asBoolean()).isFalse();
        assertThat(criticality("P13").get("nodesFedOnlyThroughIt").asInt()).isEqualTo(4);
        assertThat(criticality("P18").get("nodesFedOnlyThroughIt").asInt()).isEqualTo(1);
    }

    @Test
    void theCriticalityTableForTheRiskScoreIsFilledForEveryPipeOnceTheGraphHasSettled() throws InterruptedException {
        isolate("P1");
        long deadline = System.currentTimeMillis() + 20_000;
        Integer rows = 0;
        while (System.currentTimeMillis() < deadline) {
            rows = jdbc.queryForObject("SELECT count(*) FROM network.pipe_criticality WHERE graph_version = "
                    + "(SELECT version FROM network.graph_version)", Integer.class);
            if (rows >= 20) {
                break;
            }
            Thread.sleep(200);
        }
        assertThat(rows).isEqualTo(20);
        assertThat(jdbc.queryForObject("SELECT single_feed FROM network.pipe_criticality WHERE pipe_id = 'HD-P12'",
                Boolean.class)).isTrue();
        assertThat(jdbc.queryForObject("SELECT households_without_water FROM network.pipe_criticality "
                + "WHERE pipe_id = 'HD-P9'", Integer.class)).isEqualTo(75);
        assertThat(jdbc.queryForObject("SELECT critical_customer_ids FROM network.pipe_criticality "
                + "WHERE pipe_id = 'HD-P16'", String.class)).isEqualTo("K2");
    }
}
