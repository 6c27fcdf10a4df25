package se.valedger.app.audit;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.TestPropertySource;
import se.valedger.testing.Api;
import se.valedger.testing.IntegrationTest;

/**
 * Issue 14 item 9: what a database administrator can do behind the triggers' back, each detected by verify
 * given the checkpoints published outside the database. Every test restores the trail it tampered with.
 */
@IntegrationTest
@TestPropertySource(properties = {"valedger.audit.checkpoint-every-entries=5", "valedger.audit.checkpoint-check=PT1H"})
class AuditTamperingTest {

    static final ObjectMapper JSON = new ObjectMapper();

    @LocalServerPort
    int port;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    AuditLog log;
    @Value("${valedger.audit.chain-key-file}")
    Path keyFile;
    @Autowired
    PublishedCheckpoints published;
    @Autowired
    AuditCheckpoints checkpoints;
    @Autowired
    AuditWriter writer;
    @Autowired
    org.springframework.transaction.PlatformTransactionManager transactions;

    Api admin;
    Path publishedFile;
    byte[] publishedBefore;

    @BeforeEach
    void someActivityAndASnapshotOfTheTrail() throws Exception {
        admin = Api.at(port, "admin", "admin-password");
        for (int i = 0; i < 12; i++) {
            Api.anonymous(port).get("/api/audit?attempt=" + i);
        }
        writer.flush();
        publishedFile = publishedFile();
        checkpoints.whenDue();
        assertThat(published.fromFile()).as("published after at least 5 new entries").isNotEmpty();
        publishedBefore = Files.readAllBytes(publishedFile);
        jdbc.execute("DROP TABLE IF EXISTS public.entry_kept; CREATE TABLE public.entry_kept AS SELECT * FROM audit.entry");
        jdbc.execute("DROP TABLE IF EXISTS public.checkpoint_kept; CREATE TABLE public.checkpoint_kept AS SELECT * FROM audit.checkpoint");
    }

    @AfterEach
    void restoreTheTrail() throws Exception {
        asDba(() -> {
            jdbc.execute("DELETE FROM audit.entry");
            jdbc.execute("INSERT INTO audit.entry SELECT * FROM public.entry_kept");
            jdbc.execute("DELETE FROM audit.checkpoint");
            jdbc.execute("INSERT INTO audit.checkpoint SELECT * FROM public.checkpoint_kept");
        });
        Files.write(publishedFile, publishedBefore);
    }

    @Test
    void newEntriesAreKeyedAndRecomputeOutsideTheSystemWithTheKeyAlone() throws Exception {
        String key = Files.readString(keyFile).trim();
        var export = admin.get("/api/audit/export");
        String prev = AuditChain.GENESIS;
        int keyed = 0;
        for (String row : export.body().split("\n")) {
            JsonNode line = JSON.readTree(row);
            assertThat(line.get("prevHash").asText()).isEqualTo(prev);
            String canonical = AuditTrailTest.canonicalOf(line);
            String expected = "HMAC-SHA-256".equals(line.path("algorithm").asText())
                    ? hmac(key, prev + "\n" + canonical) : AuditTrailTest.sha256(prev + "\n" + canonical);
            keyed += "HMAC-SHA-256".equals(line.path("algorithm").asText()) ? 1 : 0;
            assertThat(line.get("hash").asText()).as("entry %s", line.get("seq")).isEqualTo(expected);
            prev = line.get("hash").asText();
        }
        assertThat(keyed).isGreaterThan(10);
        assertThat(verify().get("valid").asBoolean()).isTrue();
    }

    @Test
    void checkpointsArePublishedEveryFewEntriesSignedWithTheKey() throws Exception {
        long before = lastPublishedSeq();
        checkpoints.whenDue();
        assertThat(lastPublishedSeq()).as("not due: fewer than 5 entries since").isEqualTo(before);
        for (int i = 0; i < 5; i++) {
            Api.anonymous(port).get("/api/audit?more=" + i);
        }
        checkpoints.whenDue();
        assertThat(lastPublishedSeq()).isGreaterThanOrEqualTo(before + 5);
        List<String> lines = Files.readAllLines(publishedFile);
        assertThat(lines).isNotEmpty();
        String key = Files.readString(keyFile).trim();
        for (String row : lines) {
            JsonNode c = JSON.readTree(row);
            assertThat(c.get("signature").asText()).isEqualTo(hmac(key, "checkpoint\n" + c.get("seq").asLong() + "\n"
                    + c.get("headHash").asText()));
            assertThat(jdbc.queryForObject("SELECT hash FROM audit.entry WHERE seq = ?", String.class, c.get("seq").asLong()))
                    .isEqualTo(c.get("headHash").asText());
        }
        assertThat(verify().get("checkpointsChecked").asInt()).isPositive();
    }

    @Test
    void anEntryRewrittenAfterTheLastCheckpointWithRecomputedPlainHashesIsDetected() throws Exception {
        long last = lastPublishedSeq();
        long target = last + 1;
        for (int i = 0; i < 3; i++) {
            Api.anonymous(port).get("/api/audit?after=" + i);
        }
        writer.flush();
        long head = jdbc.queryForObject("SELECT max(seq) FROM audit.entry", Long.class);
        assertThat(head).isGreaterThan(target);
        asDba(() -> {
            jdbc.update("UPDATE audit.entry SET user_name = 'someone-else' WHERE seq = ?", target);
            rehashPlain(target, head, null);
        });
        JsonNode verdict = verify();
        assertThat(verdict.get("valid").asBoolean()).isFalse();
        assertThat(verdict.get("firstInvalidSeq").asLong()).isEqualTo(target);

        asDba(() -> {
            jdbc.update("UPDATE audit.entry SET algorithm = 'SHA-256' WHERE seq >= ?", target);
            rehashPlain(target, head, "SHA-256");
        });
        verdict = verify();
        assertThat(verdict.get("valid").asBoolean()).isFalse();
        assertThat(verdict.get("firstInvalidSeq").asLong()).isEqualTo(target);
        assertThat(verdict.get("reason").asText()).contains("plain SHA-256 after keyed entries");
    }

    @Test
    void theTailDeletedWithItsStoredCheckpointIsDetectedByThePublishedOne() {
        long last = lastPublishedSeq();
        asDba(() -> {
            jdbc.update("DELETE FROM audit.entry WHERE seq >= ?", last - 1);
            jdbc.update("DELETE FROM audit.checkpoint WHERE seq >= ?", last - 1);
        });
        JsonNode verdict = verify();
        assertThat(verdict.get("valid").asBoolean()).as(verdict.toString()).isFalse();
        assertThat(verdict.get("reason").asText()).contains("entries were removed from the end");
    }

    @Test
    void theTailReplacedUnderReusedSeqNumbersIsDetected() {
        long last = lastPublishedSeq();
        long from = last - 1;
        asDba(() -> {
            jdbc.update("DELETE FROM audit.entry WHERE seq >= ?", from);
            jdbc.update("DELETE FROM audit.checkpoint WHERE seq >= ?", from);
            jdbc.update("""
                    INSERT INTO audit.entry (seq, recorded_at, channel, type, outcome, prev_hash, hash, algorithm, attempted_at)
                    SELECT ?, now(), 'HTTP', 'GET /api/audit', 'UNAUTHENTICATED', hash, repeat('0', 64), 'HMAC-SHA-256', now()
                    FROM audit.entry WHERE seq = ?""", from, from - 1);
            rehashPlain(from, from, "HMAC-SHA-256");
        });
        JsonNode verdict = verify();
        assertThat(verdict.get("valid").asBoolean()).isFalse();
        assertThat(verdict.get("firstInvalidSeq").asLong()).isEqualTo(from);
    }

    @Test
    void aBackdatedEntryIsDetectedEvenWhenWhoeverAppendedItHeldTheKey() throws Exception {
        writer.flush();
        Map<String, Object> head = jdbc.queryForMap("SELECT seq, hash, recorded_at FROM audit.entry ORDER BY seq DESC LIMIT 1");
        long seq = ((Number) head.get("seq")).longValue() + 1;
        Instant backdated = ((Timestamp) head.get("recorded_at")).toInstant().minus(Duration.ofHours(3));
        AuditEntry forged = new AuditEntry(seq, AuditChain.storable(backdated), "erik", "ADMIN", "password", "127.0.0.1", "curl",
                "HTTP", "ChangeUserRoles", "erik", null, "ACCEPTED", null, List.of(), List.of(), "c", "POST /api/users/erik/roles",
                200, AuditChain.storable(backdated), false, AuditChain.KEYED, (String) head.get("hash"), null);
        String key = Files.readString(keyFile).trim();
        String hash = hmac(key, forged.prevHash() + "\n" + AuditChain.canonical(forged));
        asDba(() -> jdbc.update("""
                INSERT INTO audit.entry (seq, recorded_at, user_name, roles, auth_method, client_address, user_agent, channel,
                  type, aggregate_id, outcome, event_ids, event_positions, correlation_id, request, http_status, attempted_at,
                  spooled, algorithm, prev_hash, hash)
                VALUES (?, ?, 'erik', 'ADMIN', 'password', '127.0.0.1', 'curl', 'HTTP', 'ChangeUserRoles', 'erik', 'ACCEPTED',
                  '', '', 'c', 'POST /api/users/erik/roles', 200, ?, false, 'HMAC-SHA-256', ?, ?)""",
                seq, Timestamp.from(backdated), Timestamp.from(backdated), forged.prevHash(), hash));
        JsonNode verdict = verify();
        assertThat(verdict.get("valid").asBoolean()).isFalse();
        assertThat(verdict.get("firstInvalidSeq").asLong()).isEqualTo(seq);
        assertThat(verdict.get("reason").asText()).contains("earlier than entry " + (seq - 1));
    }

    @Test
    void aForgedPublishedCheckpointIsReported() throws Exception {
        long seq = lastPublishedSeq();
        Files.writeString(publishedFile, "{\"seq\":" + seq + ",\"headHash\":\"" + "cd".repeat(32)
                + "\",\"takenAt\":\"2026-01-01T00:00:00Z\",\"signature\":\"" + "ef".repeat(32) + "\"}\n",
                java.nio.file.StandardOpenOption.APPEND);
        JsonNode verdict = verify();
        assertThat(verdict.get("valid").asBoolean()).isFalse();
        assertThat(verdict.get("reason").asText()).contains("does not carry our signature");
    }

    /** Recomputes plain SHA-256 hashes from {@code from} to {@code to}, as a DBA without the key could. */
    void rehashPlain(long from, long to, String algorithm) {
        String prev = jdbc.queryForObject("SELECT hash FROM audit.entry WHERE seq = ?", String.class, from - 1);
        for (long seq = from; seq <= to; seq++) {
            AuditEntry e = jdbc.queryForObject("SELECT " + AuditRows.COLUMNS + " FROM audit.entry WHERE seq = ?",
                    (rs, n) -> AuditRows.entry(rs), seq);
            String hash;
            try {
                hash = AuditTrailTest.sha256(prev + "\n" + AuditChain.canonical(e));
            } catch (Exception ex) {
                throw new IllegalStateException(ex);
            }
            jdbc.update("UPDATE audit.entry SET prev_hash = ?, hash = ? WHERE seq = ?", prev, hash, seq);
            prev = hash;
        }
    }

    /** What a database superuser can do: switch the triggers off (here for one transaction). */
    void asDba(Runnable change) {
        new org.springframework.transaction.support.TransactionTemplate(transactions).executeWithoutResult(status -> {
            jdbc.execute("SET LOCAL session_replication_role = replica");
            change.run();
        });
    }

    JsonNode verify() {
        var verified = admin.get("/api/audit/verify");
        assertThat(verified.status()).as(verified.body()).isEqualTo(200);
        return verified.json();
    }

    long lastPublishedSeq() {
        List<PublishedCheckpoints.Published> all = published.fromFile();
        assertThat(all).isNotEmpty();
        return all.get(all.size() - 1).seq();
    }

    Path publishedFile() {
        return published.file();
    }

    static String hmac(String key, String text) throws Exception {
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(key.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
        return HexFormat.of().formatHex(mac.doFinal(text.getBytes(StandardCharsets.UTF_8)));
    }
}
