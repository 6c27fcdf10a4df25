package se.valedger.http.ui;

import static org.assertj.core.api.Assertions.assertThat;

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
import se.valedger.testing.PipeJson;

/** An open UI session carries the person's current rights, not the ones they had when they signed in. */
@IntegrationTest
class SessionRightsTest {

    @LocalServerPort
    int port;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    UserAccounts accounts;

    Api admin;

    @BeforeEach
    void people() {
        admin = Api.at(port, "admin", "admin-password");
        for (String name : new String[] {"sr-disabled", "sr-elsewhere", "sr-demoted", "sr-basic"}) {
            UiPagesTest.ensureUser(jdbc, accounts, name, Role.ENGINEER);
        }
    }

    long inspections(String pipeId) {
        return jdbc.queryForObject("""
                SELECT count(*) FROM event_store.domain_event
                WHERE aggregate_identifier = ? AND payload_type LIKE '%InspectionLogged'""", Long.class, pipeId);
    }

    static Map<String, String> inspection() {
        return Map.of("date", UiPagesTest.yesterday(), "inspector", "Erik Ek", "method", "CCTV", "grade", "3",
                "findings", "spricka vid 12 m");
    }

    @Test
    void aDisabledEngineersNextFormSubmissionInTheOpenSessionGoesToSignInAndStoresNothing() {
        UiPagesTest.register(port, UiPagesTest.pipe("SR-1", "Odensala", 492000, 6995000, 492100, 6995060));
        WebSession engineer = WebSession.signedIn(port, "sr-disabled", "sr-disabled-password");
        Map<String, String> hidden = engineer.hiddenFields("/pipes/SR-1/inspections/new");
        assertThat(hidden).containsKeys("_csrf", "idempotencyKey");

        assertThat(admin.post("/api/users/sr-disabled/disable", "").status()).isEqualTo(200);
        var submitted = engineer.post("/pipes/SR-1/inspections", inspection(), hidden);

        assertThat(submitted.statusCode()).as(submitted.body()).isEqualTo(302);
        assertThat(submitted.headers().firstValue("Location").orElse("")).contains("/login");
        assertThat(inspections("SR-1")).isZero();
        assertThat(engineer.get("/pipes/SR-1").headers().firstValue("Location").orElse(""))
                .as("the session is over").contains("/login");
    }

    @Test
    void aPersonDisabledOnAnotherNodeIsRefusedOnTheirNextRequestHere() {
        UiPagesTest.register(port, UiPagesTest.pipe("SR-2", "Odensala", 492000, 6995100, 492100, 6995160));
        WebSession engineer = WebSession.signedIn(port, "sr-elsewhere", "sr-elsewhere-password");
        Map<String, String> hidden = engineer.hiddenFields("/pipes/SR-2/inspections/new");

        // Another node's administrator disabled them: only the shared table knows, this node's sessions do not.
        jdbc.update("UPDATE security.app_user SET enabled = false WHERE username = 'sr-elsewhere'");
        var submitted = engineer.post("/pipes/SR-2/inspections", inspection(), hidden);

        assertThat(submitted.statusCode()).as(submitted.body()).isEqualTo(302);
        assertThat(submitted.headers().firstValue("Location").orElse("")).endsWith("/login?expired");
        assertThat(inspections("SR-2")).isZero();
    }

    @Test
    void aDemotedEngineersNextRequestRunsWithTheNewRolesAndIsAuditedWithThem() {
        UiPagesTest.register(port, UiPagesTest.pipe("SR-3", "Odensala", 492000, 6995200, 492100, 6995260));
        WebSession engineer = WebSession.signedIn(port, "sr-demoted", "sr-demoted-password");
        Map<String, String> hidden = engineer.hiddenFields("/pipes/SR-3/inspections/new");

        assertThat(admin.post("/api/users/sr-demoted/roles", "{\"roles\":[\"PLANNER\"]}").status()).isEqualTo(200);
        var submitted = engineer.post("/pipes/SR-3/inspections", inspection(), hidden);

        assertThat(submitted.statusCode()).as("an inspection needs ENGINEER or ADMIN").isEqualTo(403);
        assertThat(inspections("SR-3")).isZero();
        Map<String, Object> refusal = jdbc.queryForMap("""
                SELECT roles, outcome FROM audit.entry WHERE user_name = 'sr-demoted' AND request = 'POST /pipes/SR-3/inspections'""");
        assertThat(refusal).containsEntry("roles", "PLANNER").containsEntry("outcome", "FORBIDDEN");
        assertThat(engineer.get("/renewal/plans").statusCode()).as("the new role's pages open").isEqualTo(200);
    }

    @Test
    void aDisabledPersonsRememberedBasicCredentialsLetNothingThrough() {
        Api basic = Api.at(port, "sr-basic", "sr-basic-password");
        assertThat(basic.get("/api/pipes").status()).as("the password is now remembered").isEqualTo(200);
        assertThat(admin.post("/api/users/sr-basic/disable", "").status()).isEqualTo(200);

        assertThat(basic.get("/api/pipes").status()).isEqualTo(401);
        assertThat(basic.post("/api/pipes", PipeJson.pipe("SR-4").wastewater().diameter(200).length(50.0).laid(1990)
                .district("Lugnvik").json()).status()).isEqualTo(401);
        assertThat(jdbc.queryForObject("SELECT count(*) FROM event_store.domain_event WHERE aggregate_identifier = 'SR-4'",
                Long.class)).isZero();
    }
}
