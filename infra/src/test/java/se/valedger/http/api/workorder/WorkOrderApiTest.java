package se.valedger.http.api.workorder;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import se.valedger.testing.Api;
import se.valedger.testing.IntegrationTest;

/** Operational findings open cleaning work orders for the crews, who mark them done (issue 17). */
@IntegrationTest
class WorkOrderApiTest {

    @LocalServerPort
    int port;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void rootsOpenACleaningOrderThatTheCrewMarksDoneAndAStructuralFindingOpensNone() {
        Api admin = Api.at(port, "admin", "admin-password");
        LocalDate day = LocalDate.now().minusDays(5);
        register(admin, "WO-1", "Lugnvik");
        register(admin, "WO-2", "Odensala");
        register(admin, "WO-3", "Lugnvik");
        inspect(admin, "WO-1", day, "{\"distanceM\":7.5,\"code\":\"BBA\",\"characterisation1\":\"A\",\"quantification1\":\"5\",\"class\":4}");
        inspect(admin, "WO-2", day, "{\"distanceM\":3.0,\"code\":\"BBD\",\"characterisation1\":\"A\",\"quantification1\":\"15\"}");
        inspect(admin, "WO-3", day, "{\"distanceM\":3.0,\"code\":\"BAC\",\"characterisation1\":\"C\"}");

        JsonNode odensala = awaitOrders("/api/work-orders?district=Odensala", 2);
        assertThat(odensala.get("items")).extracting(i -> i.get("kind").asText())
                .containsExactlyInAnyOrder("CLEANING", "STRUCTURAL_FOLLOW_UP");
        awaitOrders("/api/work-orders?district=Lugnvik", 1);
        long head = jdbc.queryForObject("SELECT max(global_index) FROM event_store.domain_event", Long.class);
        JsonNode lugnvik = list(admin, "/api/work-orders?kind=CLEANING&district=Lugnvik&status=ORDERED&minPosition=" + head);
        assertThat(pipes(lugnvik)).as("the collapse on WO-3 opens no work order").containsExactly("WO-1");
        JsonNode roots = lugnvik.at("/items/0");
        assertThat(roots.get("task").asText()).isEqualTo("ROOT_CUTTING");
        assertThat(roots.get("dueOn").asText()).isEqualTo(day.plusDays(30).toString());
        assertThat(roots.get("finding").asText()).isEqualTo("BBA class 4 at 7.5 m");
        assertThat(pipes(list(admin, "/api/work-orders?kind=STRUCTURAL_FOLLOW_UP&district=Odensala"))).containsExactly("WO-2");
        assertThat(pipes(list(admin, "/api/work-orders?district=Odensala&dueBefore=" + day.plusDays(31)))).isEmpty();
        assertThat(pipes(list(admin, "/api/work-orders?district=Lugnvik&dueBefore=" + day.plusDays(31))))
                .containsExactly("WO-1");

        String id = roots.get("workOrderId").asText();
        var done = admin.post("/api/work-orders/" + id + "/done",
                "{\"doneOn\":\"" + LocalDate.now().minusDays(1) + "\",\"crew\":\"Spolbil 2\",\"notes\":\"rötter kapade\"}");
        assertThat(done.status()).as(done.body()).isEqualTo(202);
        JsonNode after = list(admin, "/api/work-orders?district=Lugnvik&minPosition=" + done.header("X-Event-Position"));
        assertThat(after.at("/items/0/status").asText()).isEqualTo("DONE");
        assertThat(after.at("/items/0/crew").asText()).isEqualTo("Spolbil 2");
        assertThat(after.at("/items/0/reInspectionSuggestedOn").asText())
                .isEqualTo(LocalDate.now().minusDays(1).plusMonths(12).toString());

        var again = admin.post("/api/work-orders/" + id + "/done", "{\"doneOn\":\"" + LocalDate.now() + "\",\"crew\":\"X\"}");
        assertThat(again.status()).isEqualTo(409);
        assertThat(again.json().get("rule").asText()).isEqualTo("WorkOrderIsDoneOnce");
    }

    @Test
    void badCompletionsAreRefusedNamingTheField() {
        Api admin = Api.at(port, "admin", "admin-password");
        assertThat(admin.post("/api/work-orders/wo-none/done", "{\"doneOn\":\"2026-01-02\",\"crew\":\"X\"}").status())
                .isEqualTo(404);
        register(admin, "WO-9", "Frösön");
        inspect(admin, "WO-9", LocalDate.now().minusDays(2),
                "{\"distanceM\":1.0,\"code\":\"BBB\",\"characterisation1\":\"A\",\"quantification1\":\"30\"}");
        String id = awaitOrders("/api/work-orders?district=Frösön", 1).at("/items/0/workOrderId").asText();
        var noCrew = admin.post("/api/work-orders/" + id + "/done", "{\"doneOn\":\"" + LocalDate.now() + "\"}");
        assertThat(noCrew.status()).isEqualTo(400);
        assertThat(noCrew.json().get("field").asText()).isEqualTo("crew");
        var future = admin.post("/api/work-orders/" + id + "/done",
                "{\"doneOn\":\"" + LocalDate.now().plusDays(3) + "\",\"crew\":\"X\"}");
        assertThat(future.status()).isEqualTo(400);
        assertThat(future.json().get("field").asText()).isEqualTo("doneOn");
        assertThat(admin.get("/api/work-orders?kind=SWEEPING").status()).isEqualTo(400);
        assertThat(admin.get("/api/work-orders?dueBefore=soon").json().get("field").asText()).isEqualTo("dueBefore");
        assertThat(list(admin, "/api/work-orders?district=Frösön").at("/items/0/status").asText()).isEqualTo("ORDERED");
    }

    @Test
    void rootsThatReturnAfterTwoCuttingsMakeThePipeARenewalCandidateExplained() {
        Api admin = Api.at(port, "admin", "admin-password");
        register(admin, "WO-R", "Torvalla");
        LocalDate today = LocalDate.now();
        String roots = "{\"distanceM\":12.0,\"code\":\"BBA\",\"characterisation1\":\"A\",\"quantification1\":\"5\",\"class\":4}";
        for (int round = 0; round < 3; round++) {
            inspect(admin, "WO-R", today.minusDays(30 - 10L * round), roots);
            awaitOrders("/api/work-orders?district=Torvalla", round + 1);
            long head = jdbc.queryForObject("SELECT max(global_index) FROM event_store.domain_event", Long.class);
            JsonNode orders = list(admin, "/api/work-orders?district=Torvalla&minPosition=" + head);
            JsonNode latest = orders.at("/items/" + round);
            assertThat(latest.get("doneBefore").asInt()).isEqualTo(round);
            assertThat(latest.get("renewalCandidate").asBoolean()).as("round " + round).isEqualTo(round == 2);
            if (round < 2) {
                var done = admin.post("/api/work-orders/" + latest.get("workOrderId").asText() + "/done",
                        "{\"doneOn\":\"" + today.minusDays(25 - 10L * round) + "\",\"crew\":\"Rotkap 1\"}");
                assertThat(done.status()).as(done.body()).isEqualTo(202);
            } else {
                assertThat(latest.get("renewalReason").asText()).isEqualTo("roots returned after 2 cleanings "
                        + "(recurrence count 2): a renewal candidate, relining is the classic remedy");
            }
        }
    }

    static void register(Api admin, String id, String district) {
        var r = admin.post("/api/pipes", """
                {"id":"%s","networkKind":"WASTEWATER","material":"CONCRETE","diameterMm":225,"lengthM":60,
                 "installationYear":1972,"district":"%s","consequenceClass":3}""".formatted(id, district));
        assertThat(r.status()).as(r.body()).isEqualTo(201);
    }

    static void inspect(Api admin, String id, LocalDate day, String observation) {
        var r = admin.post("/api/pipes/" + id + "/inspections", """
                {"date":"%s","inspector":"E. Ek","method":"CCTV","observations":[%s]}""".formatted(day, observation));
        assertThat(r.status()).as(r.body()).isEqualTo(202);
    }

    JsonNode awaitOrders(String path, int count) {
        Api admin = Api.at(port, "admin", "admin-password");
        long deadline = System.currentTimeMillis() + 15_000;
        JsonNode page = list(admin, path);
        while (page.get("items").size() < count && System.currentTimeMillis() < deadline) {
            se.valedger.testing.AppProcess.sleep(100);
            page = list(admin, path);
        }
        return page;
    }

    static JsonNode list(Api who, String path) {
        var r = who.get(path);
        assertThat(r.status()).as(r.body()).isEqualTo(200);
        return r.json();
    }

    static List<String> pipes(JsonNode page) {
        List<String> ids = new ArrayList<>();
        page.get("items").forEach(i -> ids.add(i.get("pipeId").asText()));
        return ids;
    }
}
