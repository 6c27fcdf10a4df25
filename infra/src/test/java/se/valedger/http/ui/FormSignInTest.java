package se.valedger.http.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.TestPropertySource;
import se.valedger.app.users.Role;
import se.valedger.app.users.UserAccounts;
import se.valedger.testing.Api;
import se.valedger.testing.IntegrationTest;

/** The form sign-in is throttled and audited like HTTP Basic; so are the UI's and the actuator's refusals. */
@IntegrationTest
// A lock long enough that twenty quick guesses certainly end inside it.
@TestPropertySource(properties = "valedger.login-throttle.base-delay=3s")
class FormSignInTest {

    @LocalServerPort
    int port;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    UserAccounts accounts;

    @BeforeEach
    void people() {
        for (String name : new String[] {"fs-guessed", "fs-wrong", "fs-planner"}) {
            UiPagesTest.ensureUser(jdbc, accounts, name, Role.ENGINEER);
        }
        jdbc.update("UPDATE security.app_user SET roles = 'PLANNER' WHERE username = 'fs-planner'");
    }

    HttpResponse<String> signIn(String user, String password) {
        WebSession session = new WebSession(port);
        return session.post("/login", Map.of("username", user, "password", password), session.hiddenFields("/login"));
    }

    long audited(String user, String outcome, String request) {
        if (user == null) {
            return jdbc.queryForObject("SELECT count(*) FROM audit.entry WHERE user_name IS NULL AND outcome = ? AND request = ?",
                    Long.class, outcome, request);
        }
        return jdbc.queryForObject("SELECT count(*) FROM audit.entry WHERE user_name = ? AND outcome = ? AND request = ?",
                Long.class, user, outcome, request);
    }

    @Test
    void twentyWrongPasswordsInTheFormThenTheRightOneIsThrottledUntilTheDelayPasses() throws InterruptedException {
        for (int i = 0; i < 20; i++) {
            assertThat(signIn("fs-guessed", "wrong-" + i).headers().firstValue("Location").orElse(""))
                    .as("guess " + i).containsPattern("/login\\?(error|throttled)$");
        }
        var right = signIn("fs-guessed", "fs-guessed-password");
        assertThat(right.headers().firstValue("Location").orElse("")).endsWith("/login?throttled");
        long waitSeconds = Long.parseLong(right.headers().firstValue("Retry-After").orElseThrow());
        assertThat(new WebSession(port).get("/login?throttled").body()).contains("id=\"login-throttled\"");

        assertThat(audited("fs-guessed", "UNAUTHENTICATED", "POST /login")).as("each checked guess").isBetween(6L, 20L);
        assertThat(audited("fs-guessed", "THROTTLED", "POST /login")).as("the right password too").isPositive();
        assertThat(audited("fs-guessed", "UNAUTHENTICATED", "POST /login") + audited("fs-guessed", "THROTTLED", "POST /login"))
                .isEqualTo(21);

        Thread.sleep(waitSeconds * 1000 + 200);
        assertThat(signIn("fs-guessed", "fs-guessed-password").headers().firstValue("Location").orElse(""))
                .as("after the delay the right password works").doesNotContain("/login");
    }

    @Test
    void aFailedFormSignInIsAuditedWithTheNameTried() {
        assertThat(signIn("fs-wrong", "not-the-password").headers().firstValue("Location").orElse("")).endsWith("/login?error");
        Map<String, Object> entry = jdbc.queryForMap("""
                SELECT outcome, auth_method, type, http_status FROM audit.entry WHERE user_name = 'fs-wrong'""");
        assertThat(entry).containsEntry("outcome", "UNAUTHENTICATED").containsEntry("auth_method", "form")
                .containsEntry("type", "SignIn").containsEntry("http_status", 401);
    }

    @Test
    void aPageTheRolesDoNotAllowIsAuditedAsForbidden() {
        WebSession planner = WebSession.signedIn(port, "fs-planner", "fs-planner-password");
        assertThat(planner.get("/audit").statusCode()).isEqualTo(403);
        assertThat(audited("fs-planner", "FORBIDDEN", "GET /audit")).isEqualTo(1);
    }

    @Test
    void actuatorRefusalsAreAudited() {
        assertThat(Api.anonymous(port).get("/actuator/prometheus").status()).isEqualTo(401);
        assertThat(Api.at(port, "fs-planner", "wrong-password").get("/actuator/prometheus").status()).isEqualTo(401);
        assertThat(Api.at(port, "fs-planner", "fs-planner-password").get("/actuator/prometheus").status()).isEqualTo(403);

        assertThat(audited(null, "UNAUTHENTICATED", "GET /actuator/prometheus")).isEqualTo(1);
        assertThat(audited("fs-planner", "UNAUTHENTICATED", "GET /actuator/prometheus")).isEqualTo(1);
        assertThat(audited("fs-planner", "FORBIDDEN", "GET /actuator/prometheus")).isEqualTo(1);
    }
}
