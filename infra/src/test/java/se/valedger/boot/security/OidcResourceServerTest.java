package se.valedger.boot.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.oauth2.jwt.Jwt;

class OidcResourceServerTest {

    static Jwt token(Object roles) {
        return Jwt.withTokenValue("t").header("alg", "RS256").subject("f81d4fae").claim("preferred_username", "erik.ek")
                .claim("roles", roles).issuedAt(Instant.parse("2026-11-01T00:00:00Z"))
                .expiresAt(Instant.parse("2026-11-01T01:00:00Z")).build();
    }

    @Test
    void rolesComeFromTheClaimWithThePrefixAndUnknownOnesAreIgnored() {
        var server = new OidcResourceServer("https://idp.ostersund.se/realms/va", "", "roles", "valedger-", "preferred_username");
        var authentication = server.authentication(token(List.of("valedger-engineer", "VALEDGER-AUDITOR", "valedger-boss", "admin")));
        assertThat(authentication.getName()).isEqualTo("erik.ek");
        assertThat(authentication.getAuthorities()).extracting(GrantedAuthority::getAuthority)
                .containsExactlyInAnyOrder("ROLE_ENGINEER", "ROLE_AUDITOR");
    }

    @Test
    void aSpaceSeparatedClaimWithoutPrefixWorksToo() {
        var server = new OidcResourceServer("https://idp.example", "", "roles", "", "preferred_username");
        assertThat(server.authentication(token("planner admin")).getAuthorities()).extracting(GrantedAuthority::getAuthority)
                .containsExactlyInAnyOrder("ROLE_PLANNER", "ROLE_ADMIN");
    }
}
