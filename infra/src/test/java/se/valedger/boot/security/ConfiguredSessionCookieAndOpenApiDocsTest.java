package se.valedger.boot.security;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.TestPropertySource;
import se.valedger.testing.Api;
import se.valedger.testing.IntegrationTest;

/** The two settings: a session cookie always marked Secure, and an API description anyone may read. */
@IntegrationTest
@TestPropertySource(properties = {"valedger.http.session-cookie.secure=true", "valedger.http.api-docs-open=true"})
class ConfiguredSessionCookieAndOpenApiDocsTest {

    @LocalServerPort
    int port;

    @Test
    void withSecureTrueTheSessionCookieIsSecureEvenOverPlainHttp() throws Exception {
        assertThat(UserNamesAndSessionCookieTest.sessionCookie(port)).contains("Secure").contains("SameSite=Lax");
    }

    @Test
    void withApiDocsOpenTheApiDescriptionNeedsNoSignIn() {
        assertThat(Api.anonymous(port).get("/v3/api-docs").status()).isEqualTo(200);
    }
}
