package se.valedger.renewal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Year;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import se.valedger.app.users.Role;
import se.valedger.app.users.UserAccounts;
import se.valedger.pipe.Material;
import se.valedger.pipe.PipeStatus;
import se.valedger.pipe.RenewalMethod;
import se.valedger.renewal.PlanExecutionRenewsPipes;
import se.valedger.renewal.PlanItemExecuted;
import se.valedger.testing.Api;
import se.valedger.testing.InspectionJson;
import se.valedger.testing.IntegrationTest;
import se.valedger.testing.PipeJson;

/**
 * Issue 5's "done means": an approved plan, executed, renews its pipes once, and the register, the aging
 * overview and the backlog all show it. Four 150 mm drinking-water mains (pipe bursting, 4 500 SEK/m):
 * <pre>
 *  E-1 grey cast iron 1955, 200 m, class 4, grade 4: age 71/90 -> 3, likelihood 2.5+0.9+0.6 -> 4, consequence 3.1 -> 3: 12
 *  E-2 grey cast iron 1960, 300 m, class 3, grade 3: age 66/90 -> 2, likelihood 2.0+0.6+0.6 -> 3, consequence 2.7 -> 3: 9
 *  E-3 PVC 1975, 100 m, grade 3, decommissioned before planning
 *  E-4 PE 2015, 500 m, class 1, never inspected: likelihood 1.5+0.3+0.6 -> 2, consequence 1.9 -> 2: 4
 * </pre>
 * Highest risk with 2 250 000 SEK takes E-1 (900 000) and E-2 (1 350 000); E-4 (2 250 000) no longer fits.
 * In service afterwards: 1.0 km of drinking water, of which 0.5 km renewed this year: 50 %.
 */
@IntegrationTest
class RenewalPlanExecutionEndToEndTest {

    static final int THIS_YEAR = Year.now().getValue();

    @LocalServerPort
    int port;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    UserAccounts accounts;
    @Autowired
    PlanExecutionRenewsPipes executionHandler;

    Api admin;

    long events() {
        return jdbc.queryForObject("SELECT count(*) FROM event_store.domain_event", Long.class);
    }

    long last() {
        return jdbc.queryForObject("SELECT max(global_index) FROM event_store.domain_event", Long.class);
    }

    long renewalsOf(String pipeId) {
        return jdbc.queryForObject("""
                SELECT count(*) FROM event_store.domain_event WHERE aggregate_identifier = ?
                AND payload_type = 'se.valedger.pipe.PipeRenewed'""", Long.class, pipeId);
    }

    void main(String id, String material, int laid, int lengthM, int consequenceClass, Integer grade) {
        var registered = admin.post("/api/pipes", PipeJson.pipe(id).material(material).diameter(150).length(lengthM)
                .laid(laid).consequenceClass(consequenceClass).json());
        assertThat(registered.status()).as(registered.body()).isEqualTo(201);
        if (grade != null) {
            var inspected = admin.post("/api/pipes/" + id + "/inspections",
                    InspectionJson.cctv(THIS_YEAR + "-01-15", grade).json());
            assertThat(inspected.status()).as(inspected.body()).isEqualTo(202);
        }
    }

    static List<String> items(JsonNode page) {
        List<String> ids = new ArrayList<>();
        page.get("items").forEach(i -> ids.add(i.get("source").asText() + ":" + i.get("pipeId").asText()));
        return ids;
    }

    @Test
    void anApprovedPlanExecutedRenewsItsPipesOnceInRegisterAgingAndBacklog() throws Exception {
        admin = Api.at(port, "admin", "admin-password");
        accounts.create("anna", "anna-password", EnumSet.of(Role.PLANNER));
        accounts.create("bertil", "bertil-password", EnumSet.of(Role.PLANNER));
        Api anna = Api.at(port, "anna", "anna-password");
        Api bertil = Api.at(port, "bertil", "bertil-password");
        main("E-1", "GREY_CAST_IRON", 1955, 200, 4, 4);
        main("E-2", "GREY_CAST_IRON", 1960, 300, 3, 3);
        main("E-3", "PVC", 1975, 100, 3, 3);
        main("E-4", "PE", 2015, 500, 1, null);
        var gone = admin.post("/api/pipes/E-3/decommission", "{\"reason\":\"replaced by E-4\"}");
        assertThat(gone.status()).as(gone.body()).isEqualTo(202);
        assertThat(admin.get("/api/pipes/E-3?minPosition=" + gone.header("X-Event-Position")).json()
                .get("status").asText()).isEqualTo(PipeStatus.DECOMMISSIONED.name());

        // a decommissioned pipe is neither proposed nor planned
        long before = events();
        var refused = anna.post("/api/renewal-plans", """
                {"year":%d,"budgetSek":1000000,"items":[{"pipeId":"E-3"}]}""".formatted(THIS_YEAR));
        assertThat(refused.status()).as(refused.body()).isEqualTo(409);
        assertThat(refused.json().get("rule").asText()).isEqualTo("DecommissionedPipesCannotBePlanned");
        assertThat(events()).isEqualTo(before);
        var everything = anna.post("/api/renewal-proposals?minPosition=" + last(),
                "{\"year\":%d,\"budgetSek\":100000000,\"strategy\":\"oldest-first\"}".formatted(THIS_YEAR));
        assertThat(everything.status()).as(everything.body()).isEqualTo(200);
        assertThat(everything.json().get("items").findValues("pipeId").stream().map(JsonNode::asText))
                .containsExactly("E-1", "E-2", "E-4");
        // its open inspection finding is dismissed with it
        assertThat(items(admin.get("/api/backlog?status=DISMISSED&minPosition=" + last()).json()))
                .containsExactly("INSPECTION:E-3");

        var proposal = anna.post("/api/renewal-proposals",
                "{\"year\":%d,\"budgetSek\":2250000,\"strategy\":\"highest-risk\"}".formatted(THIS_YEAR));
        assertThat(proposal.json().get("items").findValues("pipeId").stream().map(JsonNode::asText))
                .containsExactly("E-1", "E-2");
        // risk-2026.2 (issue 17): an inspected pipe's structural class decides its likelihood (class 4 -> 5, class 3 -> 4),
        // consequence is the mean of its named parts (DN 150 -> 1, drinking water -> 4, class 4 or 3) -> 3 for both
        assertThat(proposal.json().at("/items/0/risk/score").asInt()).isEqualTo(15);
        assertThat(proposal.json().at("/items/1/risk/score").asInt()).isEqualTo(12);
        assertThat(proposal.json().get("totalCostSek").asLong()).isEqualTo(2_250_000);

        var drafted = anna.post("/api/renewal-plans",
                "{\"year\":%d,\"budgetSek\":2250000,\"fromProposal\":\"highest-risk\"}".formatted(THIS_YEAR));
        assertThat(drafted.status()).as(drafted.body()).isEqualTo(201);
        String plan = drafted.json().get("id").asText();
        assertThat(anna.post("/api/renewal-plans/" + plan + "/submit", "").status()).isEqualTo(202);
        assertThat(anna.post("/api/renewal-plans/" + plan + "/approve", "").status()).isEqualTo(409);
        var approved = bertil.post("/api/renewal-plans/" + plan + "/approve", "");
        assertThat(approved.status()).as(approved.body()).isEqualTo(202);

        // approved items are work in the backlog, next to the inspection findings on the same pipes
        JsonNode active = admin.get("/api/backlog?minPosition=" + approved.header("X-Event-Position")).json();
        assertThat(items(active)).containsExactlyInAnyOrder("INSPECTION:E-1", "INSPECTION:E-2",
                "RENEWAL_PLAN:E-1", "RENEWAL_PLAN:E-2");
        JsonNode planRows = admin.get("/api/backlog?source=RENEWAL_PLAN").json().get("items");
        assertThat(planRows.findValues("sourceId").stream().map(JsonNode::asText))
                .containsExactlyInAnyOrder(plan + "/E-1", plan + "/E-2");
        assertThat(planRows.findValues("dueAt").stream().map(JsonNode::asText))
                .allSatisfy(due -> assertThat(due).startsWith(THIS_YEAR + "-12-31T23:00"));
        double renewedBefore = renewedKm(admin.get("/api/network/aging?year=" + THIS_YEAR).json());
        assertThat(renewedBefore).isZero();

        for (String pipe : new String[] {"E-1", "E-2"}) {
            var executed = bertil.post("/api/renewal-plans/" + plan + "/execute",
                    "{\"pipeId\":\"%s\",\"newMaterial\":\"PE\"}".formatted(pipe));
            assertThat(executed.status()).as(executed.body()).isEqualTo(202);
        }
        var twice = bertil.post("/api/renewal-plans/" + plan + "/execute", "{\"pipeId\":\"E-1\",\"newMaterial\":\"PE\"}");
        assertThat(twice.status()).isEqualTo(409);
        assertThat(twice.json().get("rule").asText()).isEqualTo("EachItemExecutedOnce");
        long deadline = System.currentTimeMillis() + 15_000;
        while ((renewalsOf("E-1") < 1 || renewalsOf("E-2") < 1) && System.currentTimeMillis() < deadline) {
            Thread.sleep(50);
        }
        // the execution handler sees E-1's execution again (a redelivery): the pipe is not renewed again
        RenewalMethod e1Method = RenewalMethod.valueOf(anna.get("/api/renewal-plans/" + plan).json()
                .at("/items/0/method").asText());
        executionHandler.on(new PlanItemExecuted(plan, "E-1", e1Method, Material.PE, THIS_YEAR, 900_000));
        assertThat(renewalsOf("E-1")).isEqualTo(1);
        assertThat(renewalsOf("E-2")).isEqualTo(1);
        long settled = last();

        // register
        JsonNode e1 = admin.get("/api/pipes/E-1?minPosition=" + settled).json();
        assertThat(e1.get("renewedYear").asInt()).isEqualTo(THIS_YEAR);
        assertThat(e1.get("material").asText()).isEqualTo("PE");
        assertThat(e1.get("installationYear").asInt()).isEqualTo(THIS_YEAR);
        assertThat(e1.get("renewalMethod").asText()).isEqualTo(e1Method.name());
        assertThat(admin.get("/api/pipes/E-2").json().get("renewedYear").asInt()).isEqualTo(THIS_YEAR);
        assertThat(admin.get("/api/pipes/E-4").json().hasNonNull("renewedYear")).isFalse();

        // aging: 0.5 km of 1.0 km in service renewed this year, by two renewals (not three)
        JsonNode aging = admin.get("/api/network/aging?year=" + THIS_YEAR + "&minPosition=" + settled).json();
        JsonNode rate = rate(aging);
        assertThat(rate.get("renewals").asLong()).isEqualTo(2);
        assertThat(rate.get("kmRenewed").asDouble()).isCloseTo(0.5, within(1e-9));
        assertThat(rate.get("networkKm").asDouble()).isCloseTo(1.0, within(1e-9));
        assertThat(rate.get("ratePercent").asDouble()).isCloseTo(50.0, within(1e-9));

        // backlog: the renewed pipes' findings and plan items are done; nothing of theirs is open
        long backlogAt = settled;
        assertThat(items(admin.get("/api/backlog?minPosition=" + backlogAt).json())).isEmpty();
        assertThat(items(admin.get("/api/backlog?status=DONE").json())).containsExactlyInAnyOrder(
                "INSPECTION:E-1", "INSPECTION:E-2", "RENEWAL_PLAN:E-1", "RENEWAL_PLAN:E-2");

        // an inspection of the old pipe, entered late, opens nothing; one of the new pipe does
        var late = admin.post("/api/pipes/E-1/inspections", InspectionJson.cctv((THIS_YEAR - 1) + "-06-01", 4).json());
        assertThat(late.status()).as(late.body()).isEqualTo(202);
        assertThat(items(admin.get("/api/backlog?minPosition=" + late.header("X-Event-Position")).json())).isEmpty();
        var fresh = admin.post("/api/pipes/E-1/inspections", InspectionJson.cctv(THIS_YEAR + "-01-16", 4).json());
        assertThat(fresh.status()).as(fresh.body()).isEqualTo(202);
        assertThat(items(admin.get("/api/backlog?minPosition=" + fresh.header("X-Event-Position")).json()))
                .containsExactly("INSPECTION:E-1");

        // the plan shows both items dispatched once
        deadline = System.currentTimeMillis() + 15_000;
        JsonNode done;
        do {
            done = anna.get("/api/renewal-plans/" + plan + "?minPosition=" + last()).json();
            Thread.sleep(50);
        } while (!done.at("/items/1/renewalDispatched").asBoolean() && System.currentTimeMillis() < deadline);
        assertThat(done.at("/items/0/renewalDispatched").asBoolean()).isTrue();
        assertThat(done.at("/items/1/renewalDispatched").asBoolean()).isTrue();
        assertThat(jdbc.queryForObject("""
                SELECT count(*) FROM event_store.domain_event WHERE aggregate_identifier = ?
                AND payload_type = 'se.valedger.renewal.PipeRenewalDispatched'""", Long.class, plan)).isEqualTo(2);
    }

    static JsonNode rate(JsonNode aging) {
        for (JsonNode r : aging.get("renewalRates")) {
            if (r.get("networkKind").asText().equals("DRINKING_WATER") && r.get("year").asInt() == THIS_YEAR) {
                return r;
            }
        }
        throw new AssertionError("no renewal rate for drinking water in " + THIS_YEAR + ": " + aging);
    }

    static double renewedKm(JsonNode aging) {
        return rate(aging).get("kmRenewed").asDouble();
    }
}
