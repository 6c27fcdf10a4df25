package se.valedger.http.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.EnumSet;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import se.valedger.app.users.Role;
import se.valedger.app.users.UserAccounts;
import se.valedger.testing.Api;
import se.valedger.testing.IntegrationTest;

/** The UI over plain HTTP, no browser: forms work without JavaScript, retries do not duplicate, roles hold. */
@IntegrationTest
class UiPagesTest {

    @LocalServerPort
    int port;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    UserAccounts accounts;

    static String pipe(String id, String district, double x, double y, double x2, double y2) {
        return """
                {"id":"%s","networkKind":"DRINKING_WATER","material":"DUCTILE_IRON","diameterMm":150,"lengthM":120.5,
                 "installationYear":1974,"district":"%s","consequenceClass":3,
                 "geometry":{"crs":"EPSG:3006","coordinates":[[%s,%s],[%s,%s]]}}"""
                .formatted(id, district, x, y, x2, y2);
    }

    @BeforeEach
    void users() {
        ensureUser(jdbc, accounts, "erik", Role.ENGINEER);
        ensureUser(jdbc, accounts, "petra", Role.PLANNER);
    }

    static void ensureUser(JdbcTemplate jdbc, UserAccounts accounts, String name, Role role) {
        Long found = jdbc.queryForObject("SELECT count(*) FROM security.app_user WHERE username = ?", Long.class, name);
        if (found == 0) {
            accounts.create(name, name + "-password", EnumSet.of(role));
        }
    }

    long inspections(String pipeId) {
        return jdbc.queryForObject("""
                SELECT count(*) FROM event_store.domain_event
                WHERE aggregate_identifier = ? AND payload_type LIKE '%InspectionLogged'""", Long.class, pipeId);
    }

    void register(String json) {
        register(port, json);
    }

    /** Registers through the API and waits until the register shows the pipe, as a person would find it. */
    static void register(int port, String json) {
        Api admin = Api.at(port, "admin", "admin-password");
        var response = admin.post("/api/pipes", json);
        assertThat(response.status()).as(response.body()).isEqualTo(201);
        var shown = admin.get(response.header("Location").replaceFirst("^http://localhost:\\d+", "")
                + "?minPosition=" + response.header("X-Event-Position"));
        assertThat(shown.header("X-Projection-Behind")).isNull();
    }

    static String yesterday() {
        return LocalDate.now(ZoneOffset.UTC).minusDays(1).toString();
    }

    @Test
    void aSubmittedInspectionFormThatIsSentAgainIsStoredOnce() {
        register(pipe("UI-RETRY", "Odensala", 492000, 6995000, 492100, 6995060));
        WebSession erik = WebSession.signedIn(port, "erik", "erik-password");
        Map<String, String> hidden = erik.hiddenFields("/pipes/UI-RETRY/inspections/new");
        assertThat(hidden).containsKeys("_csrf", "idempotencyKey");
        Map<String, String> form = Map.of("date", yesterday(), "inspector", "Erik Ek", "method", "CCTV",
                "grade", "3", "findings", "spricka vid 12 m");

        var first = erik.post("/pipes/UI-RETRY/inspections", form, hidden);
        var retry = erik.post("/pipes/UI-RETRY/inspections", form, hidden);

        assertThat(first.statusCode()).as(first.body()).isEqualTo(302);
        String location = first.headers().firstValue("Location").orElseThrow();
        assertThat(location).contains("/pipes/UI-RETRY?minPosition=").contains("saved=inspection");
        assertThat(retry.statusCode()).isEqualTo(302);
        assertThat(retry.headers().firstValue("Location")).contains(location);
        assertThat(inspections("UI-RETRY")).isEqualTo(1);
        String stored = jdbc.queryForObject("""
                SELECT convert_from(payload, 'UTF8') || convert_from(meta_data, 'UTF8') FROM event_store.domain_event
                WHERE aggregate_identifier = 'UI-RETRY' AND payload_type LIKE '%InspectionLogged'""", String.class);
        assertThat(stored).as("the form's key is the inspection id; the sender is on the event")
                .contains("\"inspectionId\":\"" + hidden.get("idempotencyKey") + "\"")
                .contains("\"user\":\"erik\"").contains("\"roles\":\"ENGINEER\"");

        String page = erik.get(location.replaceFirst("^http://localhost:\\d+", "")).body();
        assertThat(page).contains("Inspektionen är sparad").contains("3 – Allvarliga brister");

        // A fresh render carries a fresh key: a second, deliberate inspection is stored.
        var second = erik.post("/pipes/UI-RETRY/inspections", form, erik.hiddenFields("/pipes/UI-RETRY/inspections/new"));
        assertThat(second.statusCode()).isEqualTo(302);
        assertThat(inspections("UI-RETRY")).isEqualTo(2);
    }

    @Test
    void aRefusedGradeIsShownAtTheGradeFieldAndTheCorrectedFormIsStoredWithTheSameKey() {
        register(pipe("UI-BAD", "Odensala", 492000, 6995000, 492100, 6995060));
        WebSession erik = WebSession.signedIn(port, "erik", "erik-password");
        Map<String, String> hidden = erik.hiddenFields("/pipes/UI-BAD/inspections/new");

        var refused = erik.post("/pipes/UI-BAD/inspections", Map.of("date", yesterday(), "inspector", "Erik",
                "method", "VISUAL", "grade", "7"), hidden);

        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(refused.body()).contains("id=\"grade-error\"").contains("condition grade is 1 (good) to 4 (worst), was 7");
        assertThat(refused.body()).doesNotContain("id=\"date-error\"");
        assertThat(inspections("UI-BAD")).isZero();

        var futureDate = erik.post("/pipes/UI-BAD/inspections", Map.of("date", "2999-01-01", "inspector", "Erik",
                "method", "VISUAL", "grade", "2"), hidden);
        assertThat(futureDate.statusCode()).isEqualTo(400);
        assertThat(futureDate.body()).contains("id=\"date-error\"").contains("Datumet godtas inte");
        assertThat(WebSession.hidden(futureDate.body())).containsEntry("idempotencyKey", hidden.get("idempotencyKey"));

        var corrected = erik.post("/pipes/UI-BAD/inspections", Map.of("date", yesterday(), "inspector", "Erik",
                "method", "VISUAL", "grade", "2"), hidden);
        assertThat(corrected.statusCode()).isEqualTo(302);
        assertThat(inspections("UI-BAD")).isEqualTo(1);
    }

    @Test
    void aFormWithoutItsKeyOrCsrfTokenIsNotStored() {
        register(pipe("UI-KEY", "Odensala", 492000, 6995000, 492100, 6995060));
        WebSession erik = WebSession.signedIn(port, "erik", "erik-password");
        Map<String, String> hidden = erik.hiddenFields("/pipes/UI-KEY/inspections/new");
        Map<String, String> form = Map.of("date", yesterday(), "inspector", "Erik", "method", "CCTV", "grade", "1");

        var noKey = erik.post("/pipes/UI-KEY/inspections", form, Map.of("_csrf", hidden.get("_csrf")));
        var noCsrf = erik.post("/pipes/UI-KEY/inspections", form, Map.of("idempotencyKey", hidden.get("idempotencyKey")));

        assertThat(noKey.statusCode()).isEqualTo(400);
        assertThat(noKey.body()).contains("id=\"form-error\"");
        assertThat(noCsrf.statusCode()).isEqualTo(403);
        assertThat(inspections("UI-KEY")).isZero();
    }

    @Test
    void aPlannerSeesThePipeButNotTheInspectionForm() {
        register(pipe("UI-PLAN", "Odensala", 492000, 6995000, 492100, 6995060));
        WebSession petra = WebSession.signedIn(port, "petra", "petra-password");

        var page = petra.get("/pipes/UI-PLAN");
        var form = petra.get("/pipes/UI-PLAN/inspections/new");
        var post = petra.post("/pipes/UI-PLAN/inspections", Map.of("grade", "1"), petra.hiddenFields("/pipes/UI-PLAN"));

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("UI-PLAN").doesNotContain("id=\"log-inspection\"");
        assertThat(form.statusCode()).isEqualTo(403);
        assertThat(form.headers().firstValue("Content-Type").orElse("")).startsWith("text/html");
        assertThat(post.statusCode()).isEqualTo(403);
        assertThat(inspections("UI-PLAN")).isZero();
    }

    @Test
    void pipesNearACoordinateAreListedNearestFirstAndFarOnesLeftOut() {
        register(pipe("UI-NEAR-A", "Lugnvik", 500000, 7000000, 500100, 7000000));   // 30 m south of the point
        register(pipe("UI-NEAR-B", "Lugnvik", 500040, 7000010, 500040, 7000200));   // 0 m: passes through it
        register(pipe("UI-NEAR-C", "Lugnvik", 503000, 7003000, 503100, 7003000));   // km away
        WebSession erik = WebSession.signedIn(port, "erik", "erik-password");

        String body = erik.get("/pipes/near?x=500040&y=7000030&radius=100").body();

        assertThat(body).contains("2 ledningar inom avståndet");
        assertThat(body.indexOf(">UI-NEAR-B<")).isPositive().isLessThan(body.indexOf(">UI-NEAR-A<"));
        assertThat(body).doesNotContain("UI-NEAR-C").contains("30 m");
        assertThat(erik.get("/pipes/near?x=abc&y=7000030").body()).contains("id=\"near-error\"");
    }

    @Test
    void theUiNeedsASignInWhileTheApiKeepsItsBasicChallenge() {
        WebSession anonymous = new WebSession(port);
        var home = anonymous.get("/");
        assertThat(home.statusCode()).isEqualTo(302);
        assertThat(home.headers().firstValue("Location").orElse("")).endsWith("/login");

        WebSession erik = WebSession.signedIn(port, "erik", "erik-password");
        var api = erik.get("/api/pipes");
        assertThat(api.statusCode()).as("a UI session is no API credential").isEqualTo(401);
        assertThat(api.headers().firstValue("WWW-Authenticate").orElse("")).startsWith("Basic");
        assertThat(erik.get("/").statusCode()).isEqualTo(200);
    }

    @Test
    void scriptsComeFromTheWebJarsWithoutVersionsInTheirPaths() {
        WebSession anonymous = new WebSession(port);
        var htmx = anonymous.get("/webjars/htmx.org/dist/htmx.min.js");
        var echarts = anonymous.get("/webjars/echarts/dist/echarts.min.js");
        assertThat(htmx.statusCode()).isEqualTo(200);
        assertThat(htmx.body()).contains("htmx");
        assertThat(echarts.statusCode()).isEqualTo(200);
        assertThat(echarts.body()).contains("echarts");
        assertThat(anonymous.get("/login").headers().firstValue("Content-Security-Policy").orElse(""))
                .contains("script-src 'self'");
    }
}
