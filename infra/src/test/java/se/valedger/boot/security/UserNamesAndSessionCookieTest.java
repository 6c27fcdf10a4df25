package se.valedger.boot.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.EnumSet;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.io.ClassPathResource;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;
import se.valedger.app.users.Role;
import se.valedger.app.users.UserAccounts;
import se.valedger.testing.Api;
import se.valedger.testing.IntegrationTest;

/** User names unique regardless of case, the session cookie's attributes, the API description behind sign-in. */
@IntegrationTest
class UserNamesAndSessionCookieTest {

    static final String MIGRATION = "db/migration/V20261203_41__user_names_unique_case_insensitively.sql";

    @LocalServerPort
    int port;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    UserAccounts accounts;
    @Autowired
    TransactionTemplate transactions;

    @Test
    void userNamesThatDifferOnlyInCaseCannotBothExist() {
        Api admin = Api.at(port, "admin", "admin-password");
        assertThat(admin.post("/api/users", "{\"username\":\"Erik\",\"password\":\"erik-password-1\",\"roles\":[\"ENGINEER\"]}")
                .status()).isEqualTo(201);
        var again = admin.post("/api/users", "{\"username\":\"erik\",\"password\":\"erik-password-2\",\"roles\":[\"ADMIN\"]}");
        assertThat(again.status()).isEqualTo(409);
        assertThat(again.json().get("rule").asText()).isEqualTo("UserNamesAreUniqueIgnoringCase");
        assertThat(again.json().get("detail").asText()).contains("Erik");
        assertThatThrownBy(() -> accounts.create("ERIK", "erik-password-3", EnumSet.of(Role.ADMIN)))
                .as("the database refuses it too").isInstanceOf(DataIntegrityViolationException.class);
        assertThat(jdbc.queryForObject("SELECT count(*) FROM security.app_user WHERE lower(username) = 'erik'", Long.class))
                .isEqualTo(1);

        assertThat(Api.at(port, "Erik", "erik-password-1").get("/api/pipes").status()).isEqualTo(200);
        assertThat(Api.at(port, "erik", "erik-password-1").get("/api/pipes").status())
                .as("sign-in takes the name exactly as created").isEqualTo(401);
    }

    @Test
    void theMigrationRefusesExistingNamesThatDifferOnlyInCaseNamingThem() throws IOException {
        String migration = new ClassPathResource(MIGRATION).getContentAsString(StandardCharsets.UTF_8);
        String check = migration.substring(0, migration.indexOf("CREATE UNIQUE INDEX"));
        assertThatThrownBy(() -> transactions.executeWithoutResult(status -> {
            status.setRollbackOnly();
            jdbc.execute("DROP INDEX security.app_user_lower_username");
            jdbc.update("INSERT INTO security.app_user (username, password_hash, roles) VALUES "
                    + "('Karin', 'x', 'ENGINEER'), ('karin', 'x', 'ENGINEER'), ('Olle', 'x', 'ENGINEER')");
            jdbc.execute(check);
        })).hasMessageContaining("Karin, karin").hasMessageNotContaining("Olle");
        assertThat(jdbc.queryForObject("SELECT count(*) FROM pg_indexes WHERE indexname = 'app_user_lower_username'",
                Long.class)).as("rolled back").isEqualTo(1);
    }

    @Test
    void theSessionCookieIsSameSiteLaxAndHttpOnlyAndNotSecureOverPlainHttp() throws Exception {
        String cookie = sessionCookie(port);
        assertThat(cookie).startsWith("JSESSIONID=").contains("SameSite=Lax").contains("HttpOnly").doesNotContain("Secure");
    }

    @Test
    void theApiDescriptionNeedsASignIn() {
        accounts.create("docs-reader", "docs-reader-password", EnumSet.of(Role.PLANNER));
        assertThat(Api.anonymous(port).get("/v3/api-docs").status()).isEqualTo(401);
        assertThat(Api.anonymous(port).get("/swagger-ui/index.html").status()).isEqualTo(401);
        assertThat(Api.at(port, "docs-reader", "docs-reader-password").get("/v3/api-docs").status()).isEqualTo(200);
    }

    static String sessionCookie(int port) throws IOException, InterruptedException {
        HttpResponse<String> login = HttpClient.newHttpClient().send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/login")).build(),
                HttpResponse.BodyHandlers.ofString());
        return login.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith("JSESSIONID=")).findFirst()
                .orElseThrow(() -> new AssertionError("no session cookie: " + login.headers().map()));
    }
}
