package se.valedger.http.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import se.valedger.app.users.Role;
import se.valedger.app.users.UserAccounts;
import se.valedger.testing.Api;
import se.valedger.testing.IntegrationTest;

/** The Göviken page's weekly load: the chart, unusual weeks greyed with their reason, the planner's form, ASSUMED figures. */
@IntegrationTest
class PlantWeeksPageTest {

    @LocalServerPort
    int port;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    UserAccounts accounts;

    @Test
    void aPlannerMarksAWeekUnusualOnThePageAndItIsShownGreyWithItsReasonWhileAnEngineerHasNoForm() {
        UiPagesTest.ensureUser(jdbc, accounts, "petra", Role.PLANNER);
        UiPagesTest.ensureUser(jdbc, accounts, "erik", Role.ENGINEER);
        Api admin = Api.at(port, "admin", "admin-password");
        admin.post("/api/plants", """
                {"id":"ui-w","name":"UI-verket","permit":{"personEquivalents":1000,"designFlowM3PerDay":500.0,
                 "validFrom":"2020-01-01","reference":"M 7-20"}}""");
        admin.post("/api/plants/ui-w/samples", """
                {"date":"2024-05-07","values":[{"parameter":"BOD7","value":63,"unit":"kg/d"}]}""");
        admin.post("/api/plants/ui-w/samples", """
                {"date":"2024-02-06","values":[{"parameter":"BOD7","value":35,"unit":"kg/d"}]}""");

        WebSession petra = WebSession.signedIn(port, "petra", "petra-password");
        var page = petra.get("/plants/ui-w?year=2024");
        assertThat(page.statusCode()).as(page.body()).isEqualTo(200);
        assertThat(page.body()).contains("id=\"weekly-chart\"").contains("id=\"mark-unusual\"")
                .contains("2024-W19: 900 pe").contains("sampling rules: ASSUMED");
        Map<String, String> hidden = WebSession.hidden(page.body());

        var marked = petra.post("/plants/ui-w/weeks/unusual?year=2024",
                Map.of("week", "2024-W19", "reason", "skyfall 62 mm"), hidden);
        assertThat(marked.statusCode()).as(marked.body()).isEqualTo(302);
        String next = marked.headers().firstValue("Location").orElseThrow().replaceFirst("^http://localhost:\\d+", "");
        assertThat(next).contains("minPosition=");
        String after = petra.get(next).body();
        assertThat(after).contains("class=\"unusual\"").contains("skyfall 62 mm (petra)").contains("2024-W06: 500 pe");
        assertThat(after).contains("#9aa0a6");

        WebSession erik = WebSession.signedIn(port, "erik", "erik-password");
        String engineerPage = erik.get("/plants/ui-w?year=2024").body();
        assertThat(engineerPage).doesNotContain("id=\"mark-unusual\"").contains("id=\"weekly-chart\"");
        var refused = erik.post("/plants/ui-w/weeks/unusual?year=2024", Map.of("week", "2024-W06", "reason", "x"),
                WebSession.hidden(engineerPage));
        assertThat(refused.statusCode()).isEqualTo(403);

        String goviken = petra.get("/plants/goviken").body();
        assertThat(goviken).contains("id=\"assumed-permit\"").contains("permit: ASSUMED default figures")
                .contains("ANTAGET").contains("id=\"capacity-table\"");
    }
}
