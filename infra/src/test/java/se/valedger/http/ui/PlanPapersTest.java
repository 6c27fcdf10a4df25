package se.valedger.http.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpResponse;
import java.time.Year;
import java.util.EnumSet;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import se.valedger.app.users.Role;
import se.valedger.app.users.UserAccounts;
import se.valedger.testing.Api;
import se.valedger.testing.IntegrationTest;
import se.valedger.testing.PipeJson;

/** The plan's papers in the UI: the print view, the xlsx download and the reviewer's return with a reason. */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PlanPapersTest {

    static final int YEAR = Year.now().getValue() + 1;

    @LocalServerPort
    int port;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    UserAccounts accounts;
    String planId;

    @BeforeAll
    void aSubmittedPlan() {
        accounts.create("anna", "anna-password", EnumSet.of(Role.PLANNER));
        accounts.create("bertil", "bertil-password", EnumSet.of(Role.PLANNER));
        Api admin = Api.at(port, "admin", "admin-password");
        assertThat(admin.post("/api/pipes", PipeJson.pipe("P-1").wastewater().material("CONCRETE").diameter(200)
                .length(100).laid(1950).consequenceClass(3).json()).status()).isEqualTo(201);
        Api anna = Api.at(port, "anna", "anna-password");
        var drafted = anna.post("/api/renewal-plans", "{\"year\":%d,\"budgetSek\":1000000,\"programme\":\"Söder %d\"}"
                .formatted(YEAR, YEAR));
        planId = drafted.json().get("id").asText();
        assertThat(anna.post("/api/renewal-plans/" + planId + "/items",
                "{\"pipeId\":\"P-1\",\"method\":\"RELINING\"}").status()).isIn(200, 202);
        var submitted = anna.post("/api/renewal-plans/" + planId + "/submit", "{}");
        assertThat(submitted.status()).as(submitted.body()).isEqualTo(202);
        Api.at(port, "anna", "anna-password").get("/api/renewal-plans/" + planId + "?minPosition="
                + submitted.header("X-Event-Position"));
    }

    static String path(HttpResponse<String> redirect) {
        return URI.create(redirect.headers().firstValue("Location").orElseThrow()).getRawPath()
                + (URI.create(redirect.headers().firstValue("Location").orElseThrow()).getRawQuery() == null ? ""
                : "?" + URI.create(redirect.headers().firstValue("Location").orElseThrow()).getRawQuery());
    }

    @Test
    void thePrintViewNamesTheMunicipalityTheDateTheAuthorAndTheApprover() {
        WebSession anna = WebSession.signedIn(port, "anna", "anna-password");
        String page = anna.get("/renewal/plans/" + planId + "/print").body();
        assertThat(page).contains("id=\"paper-municipality\">Östersunds kommun<")
                .contains("<h1>Förnyelseplan Söder " + YEAR + "</h1>")
                .contains("id=\"paper-author\">anna<").contains("id=\"paper-approver\">–<")
                .containsPattern("id=\"paper-date\">\\d{4}-\\d{2}-\\d{2}<").contains("Relining").doesNotContain("RELINING");
        assertThat(anna.get("/renewal/plans/" + planId).body()).contains("id=\"print-link\"").contains("id=\"export-link\"");
    }

    @Test
    void theUiDownloadsThePlanAsAWorkbook() throws Exception {
        WebSession anna = WebSession.signedIn(port, "anna", "anna-password");
        // The session's cookie, on a byte-reading request.
        HttpResponse<String> plan = anna.get("/renewal/plans/" + planId + "/export");
        assertThat(plan.statusCode()).isEqualTo(200);
        assertThat(plan.headers().firstValue("Content-Type").orElse(""))
                .isEqualTo("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        assertThat(plan.headers().firstValue("Content-Disposition").orElse("")).startsWith("attachment");
        // ZIP magic: an xlsx is a zip file.
        assertThat(plan.body()).startsWith("PK");
    }

    @Test
    void theReviewerReturnsThePlanWithAReasonAndAnEmptyReasonIsRefusedInSwedish() {
        WebSession bertil = WebSession.signedIn(port, "bertil", "bertil-password");
        String page = bertil.get("/renewal/plans/" + planId).body();
        assertThat(page).contains("id=\"return-plan-form\"");
        var empty = bertil.post("/renewal/plans/" + planId + "/return", Map.of("reason", " "), WebSession.hidden(page));
        assertThat(empty.statusCode()).isIn(302, 303);
        String refused = bertil.get(path(empty)).body();
        assertThat(refused).contains("Inte utfört");
        assertThat(Api.at(port, "anna", "anna-password").get("/api/renewal-plans/" + planId).json().get("status").asText())
                .isEqualTo("SUBMITTED");

        page = bertil.get("/renewal/plans/" + planId).body();
        var returned = bertil.post("/renewal/plans/" + planId + "/return",
                Map.of("reason", "Budgeten för Söder är inte beslutad"), WebSession.hidden(page));
        assertThat(returned.statusCode()).isIn(302, 303);
        String after = bertil.get(path(returned)).body();
        assertThat(after).contains("id=\"plan-status\">Återsänd<");
        var json = Api.at(port, "anna", "anna-password").get("/api/renewal-plans/" + planId).json();
        assertThat(json.get("status").asText()).isEqualTo("RETURNED");
        assertThat(json.get("returnReason").asText()).isEqualTo("Budgeten för Söder är inte beslutad");
    }
}
