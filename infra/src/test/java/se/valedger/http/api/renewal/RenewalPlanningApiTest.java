package se.valedger.http.api.renewal;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Year;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import se.valedger.app.users.Role;
import se.valedger.app.users.UserAccounts;
import se.valedger.testing.Api;
import se.valedger.testing.InspectionJson;
import se.valedger.testing.IntegrationTest;
import se.valedger.testing.PipeJson;

/**
 * Four 200 mm sewers, relined at 4 500 SEK/m, scored with RiskScore in YEAR (next year; ages below for 2027):
 * inspected pipes (a year before the plan's year, w = 0.07): likelihood = round(0.93 class points + 0.07 x E), with
 * E = 0.6 age + 0.3 x 3 (breaks unknown) + 0.1 x length; never inspected: round(E). Consequence = round(1.5 + 0.4 class).
 * R-1 concrete 1950, grade 4, class 4, 100 m: age 77/75 -> 4, likelihood 4.9 -> 5, consequence 3.1 -> 3: risk 15, 450 000 SEK;
 * R-2 concrete 1960, grade 3, class 3, 100 m: age 67/75 -> 3, likelihood 3.9 -> 4, consequence 2.7 -> 3: risk 12, 450 000 SEK;
 * R-4 clay 1935, never inspected, class 2, 200 m: age 92/90 -> 4, likelihood 3.6 -> 4, consequence 2: risk 8, 900 000 SEK;
 * R-3 PVC 2015, grade 1, class 1, 100 m: likelihood 1, consequence 2: risk 2, 450 000 SEK.
 * With 1 000 000 SEK, highest-risk takes R-1 and R-2 (900 000) and nothing else fits.
 */
@IntegrationTest
class RenewalPlanningApiTest {

    static final int YEAR = Year.now().getValue() + 1;

    @LocalServerPort
    int port;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    UserAccounts accounts;

    Api admin;
    Api anna;
    Api bertil;
    Api erik;
    long networkAt;

    @BeforeEach
    void network() {
        admin = Api.at(port, "admin", "admin-password");
        if (jdbc.queryForObject("SELECT count(*) FROM security.app_user WHERE username = 'anna'", Long.class) == 0) {
            accounts.create("anna", "anna-password", EnumSet.of(Role.PLANNER));
            accounts.create("bertil", "bertil-password", EnumSet.of(Role.PLANNER));
            accounts.create("erik", "erik-password", EnumSet.of(Role.ENGINEER));
            sewer("R-1", "CONCRETE", 1950, 4, 100, 4);
            sewer("R-2", "CONCRETE", 1960, 3, 100, 3);
            sewer("R-3", "PVC", 2015, 1, 100, 1);
            sewer("R-4", "VITRIFIED_CLAY", 1935, 2, 200, null);
        }
        networkAt = jdbc.queryForObject("SELECT max(global_index) FROM event_store.domain_event", Long.class);
        anna = Api.at(port, "anna", "anna-password");
        bertil = Api.at(port, "bertil", "bertil-password");
        erik = Api.at(port, "erik", "erik-password");
    }

    void sewer(String id, String material, int laid, int consequenceClass, int lengthM, Integer grade) {
        var registered = admin.post("/api/pipes", PipeJson.pipe(id).wastewater().material(material).diameter(200)
                .length(lengthM).laid(laid).consequenceClass(consequenceClass).json());
        assertThat(registered.status()).as(registered.body()).isEqualTo(201);
        if (grade != null) {
            assertThat(admin.post("/api/pipes/" + id + "/inspections", InspectionJson.cctv("2026-01-15", grade).json())
                    .status()).isEqualTo(202);
        }
    }

    long events() {
        return jdbc.queryForObject("SELECT count(*) FROM event_store.domain_event", Long.class);
    }

    long eventsOf(String payloadType, String planId) {
        return jdbc.queryForObject("""
                SELECT count(*) FROM event_store.domain_event WHERE aggregate_identifier = ? AND payload_type = ?""",
                Long.class, planId, "se.valedger.renewal." + payloadType);
    }

    static List<String> ids(JsonNode items, String field) {
        List<String> ids = new ArrayList<>();
        items.forEach(i -> ids.add(i.get(field).asText()));
        return ids;
    }

    Api.Response propose(Api who, String strategy, long budget, long minPosition) {
        return who.post("/api/renewal-proposals?minPosition=" + minPosition,
                "{\"year\":%d,\"budgetSek\":%d,\"strategy\":\"%s\"}".formatted(YEAR, budget, strategy));
    }

    @Test
    void aProposalBecomesADraftIsApprovedByASecondPlannerAndExecutedRenewingEachPipeOnce() throws Exception {
        var proposal = propose(anna, "highest-risk", 1_000_000, networkAt);
        assertThat(proposal.status()).as(proposal.body()).isEqualTo(200);
        JsonNode items = proposal.json().get("items");
        assertThat(ids(items, "pipeId")).containsExactly("R-1", "R-2");
        assertThat(items.get(0).get("runningTotalSek").asLong()).isEqualTo(450_000);
        assertThat(items.get(1).get("runningTotalSek").asLong()).isEqualTo(900_000);
        assertThat(items.get(0).at("/risk/score").asInt()).isEqualTo(15);
        assertThat(items.get(1).at("/risk/score").asInt()).isEqualTo(12);
        assertThat(items.get(0).at("/risk/explanation").asText()).contains("structural condition structural class 4")
                .contains("inspected 1.0 years ago -> 5");
        assertThat(proposal.json().get("totalCostSek").asLong()).isEqualTo(900_000);
        assertThat(ids(proposal.json().get("forecast"), "strategy"))
                .containsExactly("highest-risk", "oldest-first", "worst-condition", "do-nothing");
        assertThat(proposal.json().at("/forecast/3/renewalRatePercentPerYear").asDouble()).isEqualTo(0.0);
        assertThat(proposal.json().at("/forecast/0/points/3/afterYears").asInt()).isEqualTo(30);

        var drafted = anna.post("/api/renewal-plans",
                "{\"year\":%d,\"budgetSek\":1000000,\"fromProposal\":\"highest-risk\"}".formatted(YEAR));
        assertThat(drafted.status()).as(drafted.body()).isEqualTo(201);
        String plan = drafted.json().get("id").asText();
        assertThat(drafted.header("Location")).endsWith("/api/renewal-plans/" + plan);
        var draft = anna.get("/api/renewal-plans/" + plan + "?minPosition=" + drafted.header("X-Event-Position"));
        assertThat(draft.json().get("status").asText()).isEqualTo("DRAFT");
        assertThat(draft.json().get("author").asText()).isEqualTo("anna");
        assertThat(ids(draft.json().get("items"), "pipeId")).containsExactly("R-1", "R-2");
        assertThat(draft.json().get("totalCostSek").asLong()).isEqualTo(900_000);

        // the planned pipes are no longer proposed, and no other plan may take them
        assertThat(ids(propose(bertil, "highest-risk", 1_000_000, -1).json().get("items"), "pipeId"))
                .containsExactly("R-4");
        long before = events();
        var taken = bertil.post("/api/renewal-plans", """
                {"year":%d,"budgetSek":500000,"items":[{"pipeId":"R-1"}]}""".formatted(YEAR));
        assertThat(taken.status()).as(taken.body()).isEqualTo(409);
        assertThat(taken.json().get("rule").asText()).isEqualTo("PipeInAtMostOneOpenPlan");
        assertThat(events()).isEqualTo(before);

        assertThat(anna.post("/api/renewal-plans/" + plan + "/submit", "").status()).isEqualTo(202);

        before = events();
        var ownApproval = anna.post("/api/renewal-plans/" + plan + "/approve", "");
        assertThat(ownApproval.status()).as(ownApproval.body()).isEqualTo(409);
        assertThat(ownApproval.json().get("rule").asText()).isEqualTo("ApproverMustDifferFromAuthor");
        assertThat(erik.post("/api/renewal-plans/" + plan + "/approve", "").status()).isEqualTo(403);
        assertThat(events()).isEqualTo(before);

        assertThat(bertil.post("/api/renewal-plans/" + plan + "/approve", "").status()).isEqualTo(202);

        var frozen = anna.post("/api/renewal-plans/" + plan + "/items", "{\"pipeId\":\"R-3\"}");
        assertThat(frozen.status()).isEqualTo(409);
        assertThat(frozen.json().get("rule").asText()).isEqualTo("ApprovedPlanIsFrozen");

        var first = bertil.post("/api/renewal-plans/" + plan + "/execute",
                "{\"pipeId\":\"R-1\",\"newMaterial\":\"GRP\",\"actualCostSek\":430000}");
        assertThat(first.status()).as(first.body()).isEqualTo(202);
        var again = bertil.post("/api/renewal-plans/" + plan + "/execute", "{\"pipeId\":\"R-1\",\"newMaterial\":\"GRP\"}");
        assertThat(again.status()).isEqualTo(409);
        assertThat(again.json().get("rule").asText()).isEqualTo("EachItemExecutedOnce");
        var second = bertil.post("/api/renewal-plans/" + plan + "/execute", "{\"pipeId\":\"R-2\"}");
        assertThat(second.status()).as(second.body()).isEqualTo(202);

        var completed = bertil.post("/api/renewal-plans/" + plan + "/complete", "");
        assertThat(completed.status()).as(completed.body()).isEqualTo(202);

        long deadline = System.currentTimeMillis() + 15_000;
        while (eventsOf("PipeRenewalDispatched", plan) < 2 && System.currentTimeMillis() < deadline) {
            Thread.sleep(50);
        }
        long last = jdbc.queryForObject("SELECT max(global_index) FROM event_store.domain_event", Long.class);
        var done = anna.get("/api/renewal-plans/" + plan + "?minPosition=" + last);
        assertThat(done.json().get("status").asText()).isEqualTo("COMPLETED");
        assertThat(done.json().get("reviewedBy").asText()).isEqualTo("bertil");
        assertThat(done.json().at("/items/0/status").asText()).isEqualTo("EXECUTED");
        assertThat(done.json().at("/items/0/actualCostSek").asLong()).isEqualTo(430_000);
        assertThat(done.json().at("/items/1/newMaterial").asText()).isEqualTo("GRP");
        assertThat(done.json().at("/items/0/renewalDispatched").asBoolean()).isTrue();
        assertThat(done.json().at("/items/1/renewalDispatched").asBoolean()).isTrue();
        assertThat(eventsOf("PlanItemExecuted", plan)).isEqualTo(2);
        assertThat(eventsOf("PipeRenewalDispatched", plan)).isEqualTo(2);

        // the renewed pipes read as new: laid this year in GRP, never inspected: age 1/75 -> 1, likelihood
        // round(0.6 + 0.9 + 0.3) = 2, consequence 3: risk 6, after R-4 (risk 8)
        var after = propose(anna, "highest-risk", 10_000_000, last);
        JsonNode renewed = after.json().get("items");
        assertThat(ids(renewed, "pipeId")).containsExactly("R-4", "R-1", "R-2", "R-3");
        assertThat(renewed.get(1).get("material").asText()).isEqualTo("GRP");
        assertThat(renewed.get(1).get("installationYear").asInt()).isEqualTo(Year.now().getValue());

        // a completed plan frees its pipes for the next plan
        assertThat(bertil.post("/api/renewal-plans", """
                {"year":%d,"budgetSek":500000,"items":[{"pipeId":"R-1"}]}""".formatted(YEAR)).status()).isEqualTo(201);
    }

    @Test
    void aPlanOverItsBudgetIsNotSubmitted() {
        var drafted = anna.post("/api/renewal-plans", """
                {"programme":"Centrum","budgetSek":100000,"items":[{"pipeId":"R-3","method":"RELINING"}]}""");
        assertThat(drafted.status()).as(drafted.body()).isEqualTo(201);
        assertThat(drafted.json().get("totalCostSek").asLong()).isEqualTo(450_000);
        String plan = drafted.json().get("id").asText();
        long before = events();
        var refused = anna.post("/api/renewal-plans/" + plan + "/submit", "");
        assertThat(refused.status()).isEqualTo(409);
        assertThat(refused.json().get("rule").asText()).isEqualTo("PlanMustFitBudget");
        assertThat(refused.json().get("detail").asText()).contains("350000 SEK more than its budget");
        assertThat(events()).isEqualTo(before);

        assertThat(anna.post("/api/renewal-plans/" + plan + "/items/R-3/remove", "").status()).isEqualTo(202);
        var plans = anna.get("/api/renewal-plans?minPosition=" + (before + 1));
        assertThat(plans.status()).isEqualTo(200);
        assertThat(plans.json().findValues("planId").stream().map(JsonNode::asText)).contains(plan);
    }

    @Test
    void badInputNamesTheFieldAndStoresNothing() {
        long before = events();
        var strategy = anna.post("/api/renewal-proposals", "{\"year\":%d,\"budgetSek\":1,\"strategy\":\"cheapest\"}"
                .formatted(YEAR));
        assertThat(strategy.status()).isEqualTo(400);
        assertThat(strategy.json().get("field").asText()).isEqualTo("strategy");
        var noBudget = anna.post("/api/renewal-proposals", "{\"year\":%d,\"strategy\":\"oldest-first\"}".formatted(YEAR));
        assertThat(noBudget.json().get("field").asText()).isEqualTo("budgetSek");
        var unknownPipe = anna.post("/api/renewal-plans", """
                {"year":%d,"budgetSek":100000,"items":[{"pipeId":"NO-SUCH"}]}""".formatted(YEAR));
        assertThat(unknownPipe.status()).isEqualTo(400);
        assertThat(unknownPipe.json().get("field").asText()).isEqualTo("items[0].pipeId");
        var noYear = anna.post("/api/renewal-plans", "{\"budgetSek\":100000}");
        assertThat(noYear.status()).isEqualTo(400);
        assertThat(noYear.json().get("field").asText()).isEqualTo("year");
        var badMethod = anna.post("/api/renewal-plans", """
                {"year":%d,"budgetSek":100000,"items":[{"pipeId":"R-3","method":"DIGGING"}]}""".formatted(YEAR));
        assertThat(badMethod.json().get("field").asText()).isEqualTo("items[0].method");
        assertThat(erik.post("/api/renewal-plans", "{\"year\":%d,\"budgetSek\":1}".formatted(YEAR)).status()).isEqualTo(403);
        assertThat(events()).isEqualTo(before);

        var plan = anna.post("/api/renewal-plans", "{\"year\":%d,\"budgetSek\":100000}".formatted(YEAR));
        var action = anna.post("/api/renewal-plans/" + plan.json().get("id").asText() + "/burn", "");
        assertThat(action.status()).isEqualTo(400);
        assertThat(action.json().get("field").asText()).isEqualTo("action");
        assertThat(anna.get("/api/renewal-plans/no-such-plan").status()).isEqualTo(404);
        assertThat(anna.post("/api/renewal-plans/no-such-plan/submit", "").status()).isEqualTo(404);
    }

    @Test
    void everyoneReadsTheUnitCostTable() {
        var costs = erik.get("/api/renewal-unit-costs");
        assertThat(costs.status()).isEqualTo(200);
        assertThat(costs.json().at("/RELINING/300").asInt()).isEqualTo(4_500);
    }
}
