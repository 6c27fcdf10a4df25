package se.valedger.http.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.TestPropertySource;
import se.valedger.testing.Api;
import se.valedger.testing.IntegrationTest;
import se.valedger.testing.PipeJson;

/**
 * Issue 20's done-means through the backlog: the consequence reads issue 20's {@code network.pipe_criticality}.
 * <pre>
 * R --SF-P1-- J1 =SF-P2 / SF-P3= J2 --SF-P4-- J3 (60 households, a hospital)
 * </pre>
 * Valves at both ends of the parallel mains P2 and P3 and at J2 on P4. Shutting P2 leaves everyone fed through P3
 * (looped, no households without water); shutting P4 cuts J3 off (single feed, 60 households and the hospital).
 * Both are DN 150 ductile-iron drinking-water mains of 1970, 100 m, class 3, inspected class 3 today: the same
 * condition. Register parts (0.3 x 1 + 0.3 x 4 + 0.4 x 3) = 2.7; P4 (2.7 + 0.3 x 3 + 0.3 x 4 + 0.3 x 5) / 1.9 = 3.3 -> 3,
 * P2 (2.7 + 0.3 + 0.3 + 0.3) / 1.9 = 1.9 -> 2.
 */
@IntegrationTest
@TestPropertySource(properties = "valedger.network.criticality-refresh=PT1S")
class BacklogConsequencePartsTest {

    @LocalServerPort
    int port;
    @Autowired
    JdbcTemplate jdbc;
    Api admin;
    String last;

    @Test
    void aSingleFeedMainRanksAboveALoopedOneOfTheSameConditionInTheBacklogAndSaysWhyInWords() throws Exception {
        admin = Api.at(port, "admin", "admin-password");
        node("SF-R", "RESERVOIR", 0);
        for (int j = 1; j <= 3; j++) {
            node("SF-J" + j, "JUNCTION", 100 * j);
        }
        String[][] pipes = {{"SF-P1", "SF-R", "SF-J1"}, {"SF-P2", "SF-J1", "SF-J2"}, {"SF-P3", "SF-J1", "SF-J2"},
                {"SF-P4", "SF-J2", "SF-J3"}};
        for (String[] p : pipes) {
            var r = admin.post("/api/pipes", PipeJson.pipe(p[0]).material("DUCTILE_IRON").diameter(150).length(100)
                    .laid(1970).district("Frösön-SF").consequenceClass(3).with("startNode", p[1]).with("endNode", p[2])
                    .json());
            assertThat(r.status()).as(r.body()).isEqualTo(201);
            admin.get("/api/pipes/" + p[0] + "?minPosition=" + r.header("X-Event-Position"));
        }
        valve("SF-V1", "SF-P2", "SF-J1");
        valve("SF-V2", "SF-P2", "SF-J2");
        valve("SF-V3", "SF-P3", "SF-J1");
        valve("SF-V4", "SF-P3", "SF-J2");
        valve("SF-V5", "SF-P4", "SF-J2");
        post("/api/service-connections", "{\"connectionId\":\"SF-C1\",\"nodeId\":\"SF-J3\",\"households\":60}");
        post("/api/critical-customers", "{\"customerId\":\"SF-K1\",\"name\":\"Frösö sjukhem\",\"kind\":\"HOSPITAL\","
                + "\"nodeId\":\"SF-J3\"}");
        awaitCriticality();

        for (String pipe : new String[] {"SF-P2", "SF-P4"}) {
            var r = admin.post("/api/pipes/" + pipe + "/inspections", """
                    {"date":"%s","inspector":"E. Ek","method":"CCTV","structuralClass":3,"operationalClass":1}"""
                    .formatted(LocalDate.now().minusDays(1)));
            assertThat(r.status()).as(r.body()).isBetween(200, 202);
            last = r.header("X-Event-Position");
        }
        long head = jdbc.queryForObject("SELECT max(global_index) FROM event_store.domain_event", Long.class);
        var page = admin.get("/api/backlog?district=Fr%C3%B6s%C3%B6n-SF&minPosition=" + head);
        assertThat(page.status()).as(page.body()).isEqualTo(200);
        JsonNode items = page.json().get("items");
        assertThat(items).as(items.toString()).hasSize(2);
        JsonNode first = items.get(0);
        JsonNode second = items.get(1);
        assertThat(first.get("pipeId").asText()).isEqualTo("SF-P4");
        assertThat(second.get("pipeId").asText()).isEqualTo("SF-P2");
        assertThat(first.get("likelihood").asInt()).isEqualTo(second.get("likelihood").asInt());
        assertThat(first.get("consequence").asInt()).isEqualTo(3);
        assertThat(second.get("consequence").asInt()).isEqualTo(2);
        assertThat(factor(first, "singleFeed").get("value").asText()).isEqualTo("single feed: no other way for the water");
        assertThat(factor(first, "households").get("value").asText()).isEqualTo("60 households without water");
        assertThat(factor(first, "criticalCustomers").get("points").asInt()).isEqualTo(4);
        assertThat(factor(second, "singleFeed").get("value").asText()).isEqualTo("looped: fed another way too");
        assertThat(factor(second, "mainRoadOrRailway").get("value").asText()).isEqualTo("not known: not counted");

        JsonNode asked = admin.get("/api/backlog?district=Fr%C3%B6s%C3%B6n-SF&asOf=" + LocalDate.now().plusYears(1)).json();
        assertThat(asked.get("items").get(0).get("pipeId").asText()).as("scored when read, too").isEqualTo("SF-P4");
        assertThat(factor(asked.get("items").get(0), "singleFeed").get("points").asInt()).isEqualTo(5);

        var sv = WebSession.signedIn(port, "admin", "admin-password").get("/backlog?district=Fr%C3%B6s%C3%B6n-SF");
        assertThat(sv.statusCode()).as(sv.body()).isEqualTo(200);
        assertThat(sv.body())
                .contains("Konsekvens: Matning = enda matning: vattnet har ingen annan väg")
                .contains("Konsekvens: Hushåll utan vatten = 60 hushåll utan vatten")
                .contains("Konsekvens: Matning = ringmatad: försörjs även en annan väg")
                .contains("Konsekvens: Under huvudväg eller järnväg = okänd: räknas inte")
                .doesNotContain("single feed");
    }

    static JsonNode factor(JsonNode item, String code) {
        for (JsonNode f : item.get("explanation")) {
            if (code.equals(f.path("code").asText())) {
                return f;
            }
        }
        throw new AssertionError("no factor " + code + " in " + item.get("explanation"));
    }

    void awaitCriticality() throws InterruptedException {
        admin.get("/api/pipes/SF-P4/isolation?minPosition=" + last);
        long deadline = System.currentTimeMillis() + 20_000;
        while (System.currentTimeMillis() < deadline) {
            Boolean single = jdbc.query("SELECT single_feed FROM network.pipe_criticality WHERE pipe_id = 'SF-P4' "
                    + "AND graph_version = (SELECT version FROM network.graph_version)",
                    rs -> rs.next() ? rs.getBoolean(1) : null);
            if (Boolean.TRUE.equals(single)) {
                return;
            }
            Thread.sleep(200);
        }
        throw new AssertionError("network.pipe_criticality has no row for SF-P4 within 20 s");
    }

    void node(String id, String kind, double x) {
        post("/api/nodes", """
                {"id":"%s","kind":"%s","position":{"crs":"EPSG:3006","x":%s,"y":%s}}"""
                .formatted(id, kind, 493000 + x, 6996000));
    }

    void valve(String id, String pipe, String node) {
        post("/api/valves", """
                {"id":"%s","pipeId":"%s","nodeId":"%s","status":"OPEN","diameterMm":150}""".formatted(id, pipe, node));
    }

    void post(String path, String body) {
        var r = admin.post(path, body);
        assertThat(r.status()).as(r.body()).isBetween(200, 202);
        last = r.header("X-Event-Position");
    }
}
