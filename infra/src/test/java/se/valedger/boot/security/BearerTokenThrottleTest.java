package se.valedger.boot.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import se.valedger.testing.Api;
import se.valedger.testing.IntegrationTest;

/**
 * Failed bearer tokens are throttled per client address on the resource server's own authentication path,
 * with the same {@link LoginThrottle} as passwords. The identity provider (outside our system) is a local key
 * set served over HTTP; the tokens are signed with its key, or with a stranger's.
 */
@IntegrationTest
class BearerTokenThrottleTest {

    static final String ISSUER = "https://idp.test/realms/va";
    static final RSAKey PROVIDER_KEY = rsaKey("provider");
    static final RSAKey STRANGER_KEY = rsaKey("provider");
    static final HttpServer KEY_SET = keySet(new JWKSet(PROVIDER_KEY.toPublicJWK()).toString());

    @LocalServerPort
    int port;
    @Autowired
    JdbcTemplate jdbc;

    @DynamicPropertySource
    static void identityProvider(DynamicPropertyRegistry registry) {
        registry.add("valedger.oidc.enabled", () -> "true");
        registry.add("valedger.oidc.issuer-uri", () -> ISSUER);
        registry.add("valedger.oidc.jwk-set-uri", () -> "http://127.0.0.1:" + KEY_SET.getAddress().getPort() + "/jwks");
        registry.add("valedger.oidc.roles-claim", () -> "roles");
        // A first lock long enough that the good token certainly falls inside it.
        registry.add("valedger.login-throttle.base-delay", () -> "3s");
    }

    @AfterAll
    static void stopKeySet() {
        KEY_SET.stop(0);
    }

    @Test
    void badBearerTokensLockTheirAddressUntilTheDelayPassesWhileAnotherAddressIsUnaffected() throws Exception {
        String good = token(PROVIDER_KEY, ISSUER, "erik.ek");
        assertThat(fromLoopback(good)).as("a good token signs in").isEqualTo(200);
        List<String> bad = List.of(token(STRANGER_KEY, ISSUER, "mallory"), token(PROVIDER_KEY, "https://evil.test", "mallory"),
                "not.a.jwt", token(STRANGER_KEY, ISSUER, "mallory2"), "eyJhbGciOiJub25lIn0.e30.", token(STRANGER_KEY, ISSUER, "x"));
        for (String token : bad) {
            assertThat(fromLoopback(token)).as("bad token %s", token).isEqualTo(401);
        }

        Api.Response refused = bearer(good);
        assertThat(refused.status()).as("the good token waits out the lock: " + refused.body()).isEqualTo(429);
        assertThat(refused.contentType()).startsWith("application/problem+json");
        assertThat(refused.body()).contains("bearer");
        long retryAfter = Long.parseLong(refused.header("Retry-After"));
        assertThat(retryAfter).isBetween(1L, 3L);
        assertThat(jdbc.queryForObject("SELECT count(*) FROM audit.entry WHERE outcome = 'THROTTLED' AND auth_method = 'oidc'",
                Long.class)).as("the throttled token is audited").isEqualTo(1L);

        assertThat(fromOtherAddress(good)).as("another address is not locked").isEqualTo(200);

        Thread.sleep(retryAfter * 1000 + 300);
        assertThat(bearer(good).status()).as("after the delay").isEqualTo(200);
    }

    private int fromLoopback(String token) {
        return bearer(token).status();
    }

    private Api.Response bearer(String token) {
        return Api.anonymous(port).send("GET", "/api/pipes", null, null, "Authorization", "Bearer " + token);
    }

    /** A request from 127.0.0.2 (any 127/8 address is this machine), over a plain socket bound to it. */
    private int fromOtherAddress(String token) throws IOException {
        try (Socket socket = new Socket(InetAddress.getByName("127.0.0.1"), port, InetAddress.getByName("127.0.0.2"), 0)) {
            OutputStream out = socket.getOutputStream();
            out.write(("GET /api/pipes HTTP/1.1\r\nHost: localhost\r\nAuthorization: Bearer " + token
                    + "\r\nConnection: close\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            out.flush();
            InputStream in = socket.getInputStream();
            String statusLine = new String(in.readNBytes(12), StandardCharsets.US_ASCII);
            return Integer.parseInt(statusLine.substring(9, 12));
        }
    }

    static String token(RSAKey key, String issuer, String user) throws JOSEException {
        JWTClaimsSet claims = new JWTClaimsSet.Builder().issuer(issuer).subject(user).claim("preferred_username", user)
                .claim("roles", List.of("engineer")).issueTime(Date.from(Instant.now()))
                .expirationTime(Date.from(Instant.now().plusSeconds(600))).build();
        SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(key.getKeyID()).build(), claims);
        jwt.sign(new RSASSASigner(key));
        return jwt.serialize();
    }

    private static RSAKey rsaKey(String id) {
        try {
            return new RSAKeyGenerator(2048).keyID(id).generate();
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }

    private static HttpServer keySet(String json) {
        try {
            HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
            server.createContext("/jwks", exchange -> {
                byte[] body = json.getBytes(StandardCharsets.UTF_8);
                exchange.getResponseHeaders().add("Content-Type", "application/json");
                exchange.sendResponseHeaders(200, body.length);
                exchange.getResponseBody().write(body);
                exchange.close();
            });
            server.start();
            return server;
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
