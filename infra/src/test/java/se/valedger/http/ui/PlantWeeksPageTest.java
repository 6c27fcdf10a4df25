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
        String written = admin.post("/api/plants/ui-w/samples", """
                {"date":"2024-02-06","values":[{"parameter":"BOD7","value":35,"unit":"kg/d"}]}""")
                .header("X-Event-Position");

        WebSession petra = WebSession.signedIn(port, "petra", "petra-password");
        // wait for the samples' own write: without it the page may be read before the projection has them
        var page = petra.get("/plants/ui-w?year=2024&minPosition=" + written);
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

    @Test
    void theGovikenPageShowsPeakHoursAgainstQdimTheDryWeatherRuleOfTheOverflowShareAndThatTheDailyChartIsInformative() {
        UiPagesTest.ensureUser(jdbc, accounts, "petra", Role.PLANNER);
        Api admin = Api.at(port, "admin", "admin-password");
        admin.post("/api/plants", """
                {"id":"ui-p","name":"UI-toppverket","permit":{"personEquivalents":1000,"designFlowM3PerDay":5000.0,
                 "designFlowM3PerHour":220,"validFrom":"2020-01-01","reference":"M 8-20"}}""");
        // one whole day of hourly flow, peak 250 m3 in the hour from 07:00; two others at 120 and 90 m3 an hour
        StringBuilder csv = new StringBuilder("datetime;flow [m3]\n");
        for (String day : new String[] {"2024-03-05", "2024-03-06", "2024-03-07"}) {
            for (int h = 0; h < 24; h++) {
                double m3 = day.endsWith("05") ? (h == 7 ? 250 : 100) : day.endsWith("06") ? 120 : 90;
                csv.append(day).append(' ').append(String.format("%02d:00", h)).append(';').append(m3).append('\n');
            }
        }
        var imported = admin.post("/api/imports/plant-measurements?plant=ui-p", "text/csv",
                csv.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8));
        assertThat(imported.status()).as(imported.body()).isEqualTo(200);
        assertThat(imported.json().get("created").asInt()).isEqualTo(3);
        String position = imported.header("X-Event-Position");

        WebSession petra = WebSession.signedIn(port, "petra", "petra-password");
        var page = petra.get("/plants/ui-p?year=2024&minPosition=" + position);
        assertThat(page.statusCode()).as(page.body()).isEqualTo(200);
        String body = page.body();
        assertThat(body).contains("id=\"peak-chart\"").contains("id=\"peak-max\"")
                .containsPattern("Högsta timme: 250 m³/h \\(2024-03-05\\) / Qdim per timme 220 m³/h<")
                .contains("Dygn med timflöde över Qdim: 1,");
        // the chart's series: the three days' peaks and the Qdim line
        assertThat(body).contains("2024-03-05").contains("250.0").contains("120.0").contains("220.0");
        // no precipitation series here: the dry days come from the inflow rule, ASSUMED, and say so
        assertThat(body).contains("id=\"dry-weather\"").contains("Inflödets percentil")
                .contains("ASSUMED no precipitation series").contains("Bräddad andel av årets insamlade belastning vid torrväder");
        assertThat(body).contains("id=\"daily-informative\"").contains("Jämförelsen dygn för dygn är endast information")
                .contains("href=\"/plants/ui-p?year=2024#weekly-heading\"");
        // everything else the UI bullet lists is on the same page
        assertThat(body).contains("id=\"weekly-chart\"").contains("id=\"overflow-table\"")
                .contains("id=\"weekly-forecast\"").contains("id=\"permitted-pe\"");
        assertThat(body).as("the forecast's status in Swedish").contains("För lite underlag");
        assertThat(body.indexOf("id=\"weekly-chart\"")).as("the weekly chart comes before the daily one")
                .isLessThan(body.indexOf("id=\"capacity-chart\""));

        String empty = petra.get("/plants/ui-p?year=2023").body();
        assertThat(empty).contains("id=\"peak-none\"").doesNotContain("id=\"peak-chart\"")
                .contains("Ingen serie");
    }
}
