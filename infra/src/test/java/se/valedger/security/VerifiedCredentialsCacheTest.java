package se.valedger.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import se.valedger.testing.Api;
import se.valedger.testing.IntegrationTest;

@IntegrationTest
class VerifiedCredentialsCacheTest {

    @LocalServerPort
    int port;
    @Autowired
    UserAccounts accounts;
    @Autowired
    VerifiedCredentialsCache cache;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void aWrongPasswordIsRefusedEvenRightAfterTheRightOneWasAccepted() {
        accounts.create("anna", "anna-password", EnumSet.of(Role.ENGINEER));
        assertThat(Api.at(port, "anna", "anna-password").get("/api/pipes").status()).isEqualTo(200);
        assertThat(Api.at(port, "anna", "anna-passwore").get("/api/pipes").status()).isEqualTo(401);
        assertThat(Api.at(port, "anna", "").get("/api/pipes").status()).isEqualTo(401);
        assertThat(Api.at(port, "anna", "anna-password").get("/api/pipes").status()).isEqualTo(200);
    }

    @Test
    void aRememberedSignInKeepsItsRolesAndNoMore() {
        accounts.create("pia", "planner-password", EnumSet.of(Role.PLANNER));
        Api planner = Api.at(port, "pia", "planner-password");
        assertThat(planner.get("/api/pipes").status()).isEqualTo(200);
        var refused = planner.post("/api/pipes/VA-1/inspections", """
                {"date":"2026-01-01","inspector":"E. Ek","method":"CCTV","grade":2}""");
        assertThat(refused.status()).isEqualTo(403);
    }

    @Test
    void aDisabledAccountIsRefusedOnceItsVerifiedSignInIsForgotten() {
        accounts.create("olle", "olle-password", EnumSet.of(Role.ENGINEER));
        Api olle = Api.at(port, "olle", "olle-password");
        assertThat(olle.get("/api/pipes").status()).isEqualTo(200);
        jdbc.update("UPDATE security.app_user SET enabled = false WHERE username = 'olle'");
        // Within the time to live the verified sign-in is remembered: this is the cache at work.
        assertThat(olle.get("/api/pipes").status()).isEqualTo(200);
        cache.forget("olle");
        assertThat(olle.get("/api/pipes").status()).isEqualTo(401);
    }
}
