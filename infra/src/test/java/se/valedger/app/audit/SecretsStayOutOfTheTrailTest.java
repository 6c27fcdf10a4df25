package se.valedger.app.audit;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import se.valedger.app.users.Role;
import se.valedger.app.users.UserAccounts;
import se.valedger.testing.Api;
import se.valedger.testing.IntegrationTest;

/** Issue 14 item 6: whatever the encoding, a secret sent in a request never reaches any column of audit.entry. */
@IntegrationTest
class SecretsStayOutOfTheTrailTest {

    static final ObjectMapper JSON = new ObjectMapper();

    @LocalServerPort
    int port;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    UserAccounts accounts;
    @Autowired
    AuditLog log;

    Api admin;
    Api planner;

    @BeforeEach
    void signIn() {
        admin = Api.at(port, "admin", "admin-password");
        if (jdbc.queryForObject("SELECT count(*) FROM security.app_user WHERE username = 'petra'", Long.class) == 0) {
            accounts.create("petra", "planner-password", EnumSet.of(Role.PLANNER));
        }
        planner = Api.at(port, "petra", "planner-password");
    }

    @Test
    void aJsonEscapedPasswordKeyIsRedactedAndTheUserIsStillCreated() {
        var created = admin.post("/api/users", "{\"username\":\"olle\",\"pass\\u0077ord\":\"Escaped-S3cret-1\",\"roles\":[\"PLANNER\"]}");
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        assertNowhereInTheTrail("Escaped-S3cret-1");
        JsonNode entry = latestPayload("POST /api/users");
        assertThat(entry.get("password").asText()).isEqualTo(AuditPayload.REDACTED);
        assertThat(entry.get("username").asText()).isEqualTo("olle");
    }

    @Test
    void utf16AndUtf32BodiesWithOrWithoutAByteOrderMarkAreParsedAndRedacted() {
        List<Charset> encodings = List.of(StandardCharsets.UTF_16BE, StandardCharsets.UTF_16LE, Charset.forName("UTF-32BE"),
                Charset.forName("UTF-32LE"));
        int n = 0;
        for (Charset encoding : encodings) {
            for (boolean bom : List.of(false, true)) {
                String secret = "Wide-S3cret-" + n++;
                String body = (bom ? "\uFEFF" : "") + "{\"username\":\"w" + n + "\",\"Password\":\"" + secret + "\",\"roles\":[\"PLANNER\"]}";
                admin.post("/api/users", "application/json", body.getBytes(encoding));
                assertNowhereInTheTrail(secret);
            }
        }
        assertThat(jdbc.queryForObject("SELECT count(*) FROM audit.entry WHERE type = 'CreateUser' OR request = 'POST /api/users'",
                Long.class)).isGreaterThanOrEqualTo(encodings.size() * 2L);
    }

    @Test
    void secretKeysAreRedactedAtAnyDepthAndInArraysWhateverTheirCase() {
        String body = """
                {"id":"VA-S1","meta":{"auth":{"apiKey":"Nested-S3cret-1","x-Auth-TOKEN":"Nested-S3cret-2"}},
                 "list":[{"client_secret":"Nested-S3cret-3"},[{"PASSWORD":"Nested-S3cret-4"}]],"keep":"visible"}""";
        assertThat(planner.post("/api/pipes", body).status()).isIn(400, 403);
        for (int i = 1; i <= 4; i++) {
            assertNowhereInTheTrail("Nested-S3cret-" + i);
        }
        assertThat(latestPayload("POST /api/pipes").get("keep").asText()).isEqualTo("visible");
    }

    @Test
    void formEncodedBodiesAndQueryStringsAreDecodedBeforeRedaction() {
        byte[] formBody = "id=VA-S2&pass%77ord=Form-S3cret-1&api_key=Form-S3cret-2".getBytes(StandardCharsets.UTF_8);
        // a JSON endpoint refuses a form before reading it (BodyLimitFilter): neither the body nor its secrets are kept
        assertThat(admin.post("/api/pipes", "application/x-www-form-urlencoded", formBody).status()).isEqualTo(415);
        assertNowhereInTheTrail("Form-S3cret-1");
        assertNowhereInTheTrail("Form-S3cret-2");
        // a form that is read is redacted field by field after decoding
        String payload = AuditPayload.ofBody(formBody, formBody.length, "application/x-www-form-urlencoded");
        assertThat(payload).doesNotContain("Form-S3cret-1").doesNotContain("Form-S3cret-2");
        JsonNode form = json(payload).get("form");
        assertThat(form.get("password").get(0).asText()).isEqualTo(AuditPayload.REDACTED);
        assertThat(form.get("api_key").get(0).asText()).isEqualTo(AuditPayload.REDACTED);
        assertThat(form.get("id").get(0).asText()).isEqualTo("VA-S2");

        assertThat(planner.get("/api/audit?user=x&%74oken=Query-S3cret-1").status()).isEqualTo(403);
        assertNowhereInTheTrail("Query-S3cret-1");
    }

    @Test
    void anUnparseableBodyIsStoredOnlyAsItsSizeTypeAndDigest() throws Exception {
        byte[] body = "{\"id\":\"VA-S3\",\"password\":\"Broken-S3cret-1\",".getBytes(StandardCharsets.UTF_8);
        assertThat(admin.post("/api/pipes", "application/json", body).status()).isEqualTo(400);
        byte[] trailing = "{\"id\":\"VA-S4\"} {\"password\":\"Broken-S3cret-2\"}".getBytes(StandardCharsets.UTF_8);
        admin.post("/api/pipes", "application/json", trailing);
        byte[] csv = "id,password\nVA-S5,Broken-S3cret-3\n".getBytes(StandardCharsets.UTF_8);
        admin.post("/api/pipes", "text/csv", csv);
        assertNowhereInTheTrail("Broken-S3cret-1");
        assertNowhereInTheTrail("Broken-S3cret-2");
        assertNowhereInTheTrail("Broken-S3cret-3");
        String digest = AuditPayload.sha256(body);
        JsonNode described = JSON.readTree(jdbc.queryForObject("SELECT payload FROM audit.entry WHERE payload LIKE ?",
                String.class, "%" + digest + "%"));
        assertThat(described.get("bytes").asLong()).isEqualTo(body.length);
        assertThat(described.get("contentType").asText()).isEqualTo("application/json");
        assertThat(described.get("body").asText()).contains("not stored");
    }

    /** A UTF-16 body read as UTF-8 interleaves the text with NULs, which the writer stores as U+FFFD. */
    static final String WITHOUT_FILLERS = "replace(%s, U&'\\FFFD', '')";

    /** Every column of every entry, as PostgreSQL renders the whole row, and the pending attempts too. */
    void assertNowhereInTheTrail(String secret) {
        log.search(new AuditLog.Filter(null, null, null, null, null, null), 0, 1);
        assertThat(jdbc.queryForObject("SELECT count(*) FROM audit.entry e WHERE strpos(" + WITHOUT_FILLERS.formatted("e::text") + ", ?) > 0", Long.class, secret))
                .as(secret).isZero();
        assertThat(jdbc.queryForObject("SELECT count(*) FROM audit.pending p WHERE strpos(" + WITHOUT_FILLERS.formatted("p::text") + ", ?) > 0", Long.class, secret))
                .as(secret).isZero();
    }

    static JsonNode json(String text) {
        try {
            return JSON.readTree(text);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    JsonNode latestPayload(String request) {
        try {
            return JSON.readTree(jdbc.queryForObject("SELECT payload FROM audit.entry WHERE request = ? ORDER BY seq DESC LIMIT 1",
                    String.class, request));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
