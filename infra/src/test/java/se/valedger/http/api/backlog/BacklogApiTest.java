package se.valedger.http.api.backlog;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Year;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import se.valedger.testing.Api;
import se.valedger.testing.InspectionJson;
import se.valedger.testing.IntegrationTest;
import se.valedger.testing.PipeJson;

/**
 * A hand-built network of three pipes, scored by hand with RiskScore's documented weights:
 * <pre>
 * A  drinking water, ductile iron (90 y), DN 600, 1 km, 110 years old, class 5, inspected grade 4 three days ago
 *    likelihood: the inspection decides (w = 1 - 0.5^(3 d / 10 y) ~ 0): class 4 -> 5; consequence 0.3*4 + 0.3*4 +
 *    0.4*5 = 4.4 -> 4; risk 20
 * B  wastewater, concrete (75 y), DN 300, 0.5 km, 40 years old, class 2, inspected grade 3 three days ago
 *    likelihood class 3 -> 4; consequence 0.3*3 + 0.3*3 + 0.4*2 = 2.6 -> 3; risk 12
 *    after one repaired leak: the break history says "1 break" (3 points), still 12: the fresh inspection decides
 * C  stormwater, PVC, DN 160, class 1, inspected grade 2 (no work item), with an open HIGH leak:
 *    likelihood 5 (open leak); consequence 0.3*1 + 0.3*2 + 0.4*1 = 1.3 -> 1; risk 5, due 8 h after the report
 * </pre>
 */
@IntegrationTest
class BacklogApiTest {

    @LocalServerPort
    int port;
    @Autowired
    JdbcTemplate jdbc;
    Api admin;

    @BeforeEach
    void signIn() {
        admin = Api.at(port, "admin", "admin-password");
    }

    void pipe(String id, String kind, String material, int dn, double length, int age, String district, int cls) {
        var r = admin.post("/api/pipes", PipeJson.pipe(id).networkKind(kind).material(material).diameter(dn)
                .length(length).laid(Year.now().getValue() - age).district(district).consequenceClass(cls).json());
        assertThat(r.status()).as(r.body()).isEqualTo(201);
        admin.get("/api/pipes/" + id + "?minPosition=" + r.header("X-Event-Position"));
    }

    void inspect(String id, int grade) {
        var r = admin.post("/api/pipes/" + id + "/inspections",
                InspectionJson.cctv(LocalDate.now().minusDays(3).toString(), grade).inspector("E. Ek").json());
        assertThat(r.status()).as(r.body()).isEqualTo(202);
    }

    String leak(String pipeId) {
        var r = admin.post("/api/leaks", """
                {"pipeId":"%s","kind":"BURST","severity":"HIGH","reportedAt":"%s"}"""
                .formatted(pipeId, Instant.now().minus(1, ChronoUnit.HOURS)));
        assertThat(r.status()).as(r.body()).isEqualTo(201);
        return r.json().get("id").asText();
    }

    long position() {
        return jdbc.queryForObject("SELECT max(global_index) FROM event_store.domain_event", Long.class);
    }

    static List<String> pipes(JsonNode page) {
        List<String> ids = new ArrayList<>();
        page.get("items").forEach(i -> ids.add(i.get("source").asText() + ":" + i.get("pipeId").asText()));
        return ids;
    }

    static JsonNode factor(JsonNode item, String name) {
        for (JsonNode f : item.get("explanation")) {
            if (f.get("name").asText().equals(name)) {
                return f;
            }
        }
        throw new AssertionError("no factor " + name + " in " + item);
    }

    @Test
    void theBacklogRanksInspectionsAndLeaksByExplainedRisk() {
        pipe("A", "DRINKING_WATER", "DUCTILE_IRON", 600, 1000, 110, "Centrum", 5);
        pipe("B", "WASTEWATER", "CONCRETE", 300, 500, 40, "Odensala", 2);
        pipe("C", "STORMWATER", "PVC", 160, 200, 20, "Odensala", 1);
        inspect("A", 4);
        inspect("B", 3);
        inspect("C", 2);
        leak("C");
        String repaired = leak("B");
        admin.post("/api/leaks/" + repaired + "/confirm", "{}");
        admin.post("/api/leaks/" + repaired + "/schedule-repair", "{\"scheduledFor\":\"" + Instant.now() + "\"}");
        admin.post("/api/leaks/" + repaired + "/repair", "{\"method\":\"CLAMP\",\"repairHours\":3,\"cause\":\"JOINT_FAILURE\"}");

        JsonNode byRisk = admin.get("/api/backlog?minPosition=" + position()).json();

        assertThat(pipes(byRisk)).containsExactly("INSPECTION:A", "INSPECTION:B", "LEAK:C");
        assertThat(byRisk.get("total").asInt()).isEqualTo(3);
        JsonNode a = byRisk.at("/items/0");
        assertThat(a.get("risk").asInt()).isEqualTo(20);
        assertThat(a.get("likelihood").asInt()).isEqualTo(5);
        assertThat(a.get("consequence").asInt()).isEqualTo(4);
        assertThat(factor(a, "structural condition").get("points").asInt()).isEqualTo(5);
        assertThat(factor(a, "structural condition").get("value").asText()).startsWith("structural class 4 (inspector)");
        assertThat(a.at("/condition/structuralClass").asInt()).isEqualTo(4);
        assertThat(a.get("inspected").asBoolean()).isTrue();
        assertThat(factor(a, "age vs service life").get("points").asInt()).isEqualTo(4);
        assertThat(factor(a, "age vs service life").get("value").asText()).contains("110 of 90 years");
        assertThat(factor(a, "consequence class").get("points").asInt()).isEqualTo(5);
        assertThat(factor(a, "diameter").get("weight").asDouble()).isEqualTo(0.3);
        JsonNode b = byRisk.at("/items/1");
        assertThat(b.get("risk").asInt()).isEqualTo(12);
        assertThat(factor(b, "break history").get("points").asInt()).isEqualTo(3);
        assertThat(factor(b, "break history").get("value").asText()).isEqualTo("1 break of the pipe itself in 10 years");
        JsonNode c = byRisk.at("/items/2");
        assertThat(c.get("risk").asInt()).isEqualTo(5);
        assertThat(factor(c, "open leak").get("points").asInt()).isEqualTo(5);

        assertThat(pipes(admin.get("/api/backlog?sort=DUE").json()))
                .containsExactly("LEAK:C", "INSPECTION:A", "INSPECTION:B");
        assertThat(pipes(admin.get("/api/backlog?networkKind=WASTEWATER").json())).containsExactly("INSPECTION:B");
        assertThat(pipes(admin.get("/api/backlog?district=Odensala").json())).containsExactly("INSPECTION:B", "LEAK:C");
        assertThat(pipes(admin.get("/api/backlog?source=LEAK").json())).containsExactly("LEAK:C");
        assertThat(pipes(admin.get("/api/backlog?status=DONE").json())).containsExactly("LEAK:B");
        assertThat(pipes(admin.get("/api/backlog?size=1&page=1").json())).containsExactly("INSPECTION:B");
    }

    @Test
    void aNewerGoodInspectionRetiresTheOlderFinding() {
        pipe("D", "WASTEWATER", "CONCRETE", 300, 500, 40, "Lit", 2);
        inspect("D", 4);
        assertThat(pipes(admin.get("/api/backlog?district=Lit&minPosition=" + position()).json()))
                .containsExactly("INSPECTION:D");
        var r = admin.post("/api/pipes/D/inspections",
                InspectionJson.cctv(LocalDate.now().toString(), 1).inspector("E. Ek").json());
        assertThat(r.status()).isEqualTo(202);
        assertThat(admin.get("/api/backlog?district=Lit&minPosition=" + position()).json().get("total").asInt()).isZero();
        assertThat(pipes(admin.get("/api/backlog?district=Lit&status=SUPERSEDED").json())).containsExactly("INSPECTION:D");
    }

    @Test
    void badParametersNameTheField() {
        assertThat(admin.get("/api/backlog?sort=COST").json().get("field").asText()).isEqualTo("sort");
        assertThat(admin.get("/api/backlog?size=0").json().get("field").asText()).isEqualTo("size");
        assertThat(admin.get("/api/backlog?source=RUMOUR").json().get("field").asText()).isEqualTo("source");
    }
}
