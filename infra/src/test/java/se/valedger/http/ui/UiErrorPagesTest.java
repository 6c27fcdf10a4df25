package se.valedger.http.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
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

/** 404, 405, 403 and signing out by GET answer Swedish pages in the UI; the API keeps its problem JSON. */
@IntegrationTest
class UiErrorPagesTest {

    @LocalServerPort
    int port;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    UserAccounts accounts;
    WebSession erik;

    @BeforeEach
    void signIn() {
        UiPagesTest.ensureUser(jdbc, accounts, "erik", Role.ENGINEER);
        erik = WebSession.signedIn(port, "erik", "erik-password");
    }

    static void assertSwedishPage(HttpResponse<String> page, int status, String heading) {
        assertThat(page.statusCode()).as(page.body()).isEqualTo(status);
        assertThat(page.headers().firstValue("Content-Type").orElse("")).startsWith("text/html");
        assertThat(page.body()).contains("<html lang=\"sv\"").contains("<h1>" + heading + "</h1>")
                .doesNotContain("\"status\":").doesNotContain("Whitelabel");
    }

    @Test
    void anUnknownAddressIsASwedishNotFoundPage() {
        assertSwedishPage(erik.get("/no-such-page"), 404, "Hittades inte");
        assertSwedishPage(erik.get("/pipes/VA-1/no/such/page"), 404, "Hittades inte");
    }

    @Test
    void aMethodAPageDoesNotTakeIsASwedish405PageSayingWhichItTakes() {
        var refused = erik.post("/map", Map.of(), erik.hiddenFields("/map"));
        assertSwedishPage(refused, 405, "Den här sidan tar inte emot den sortens begäran");
        assertThat(refused.headers().firstValue("Allow").orElse("")).contains("GET");
    }

    @Test
    void aFormWithAForgedTokenIsASwedish403Page() {
        var refused = erik.post("/leaks", Map.of("pipeId", "X"), Map.of("_csrf", "forged"));
        assertSwedishPage(refused, 403, "Åtkomst nekad: formuläret är för gammalt eller din roll räcker inte");
    }

    @Test
    void signingOutByGetAsksFirstAndThePostSignsOut() {
        var page = erik.get("/logout");
        assertSwedishPage(page, 200, "Logga ut");
        assertThat(page.body()).contains("Vill du logga ut från VA Ledger?").contains("action=\"/logout\"");
        assertThat(erik.get("/pipes").statusCode()).as("still signed in after the GET").isEqualTo(200);
        var out = erik.post("/logout", Map.of(), WebSession.hidden(page.body()));
        assertThat(out.statusCode()).isEqualTo(302);
        assertThat(out.headers().firstValue("Location").orElse("")).endsWith("/login?logout");
        assertThat(erik.get("/pipes").statusCode()).as("signed out").isEqualTo(302);
    }

    @Test
    void theApiKeepsItsProblemAnswers() {
        var answer = Api.at(port, "admin", "admin-password").get("/api/no-such-thing");
        assertThat(answer.status()).isEqualTo(404);
        assertThat(answer.contentType()).startsWith("application/problem+json");
    }
}
