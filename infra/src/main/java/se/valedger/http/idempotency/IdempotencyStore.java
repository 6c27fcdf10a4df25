package se.valedger.http.idempotency;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/** Stored answers of keyed requests in {@code reliability.idempotent_request}, kept for a retention period. */
@Component
class IdempotencyStore {

    record Claim(String user, String key, String hash, String method, String path) {
    }

    private final JdbcTemplate jdbc;
    private final Duration retention;

    IdempotencyStore(JdbcTemplate jdbc, IdempotencySettings settings) {
        this.jdbc = jdbc;
        this.retention = settings.retention();
    }

    /**
     * Claims the key in the current transaction. Answers the earlier request's answer if the key is
     * taken: when another transaction holds the claim, PostgreSQL makes this wait until it commits
     * (then the stored answer is read) or rolls back (then the claim is ours).
     */
    Optional<StoredAnswer> claim(Claim claim) {
        int inserted = jdbc.update("""
                INSERT INTO reliability.idempotent_request (user_name, idem_key, request_hash, method, path)
                VALUES (?, ?, ?, ?, ?) ON CONFLICT DO NOTHING""",
                claim.user(), claim.key(), claim.hash(), claim.method(), claim.path());
        if (inserted == 1) {
            return Optional.empty();
        }
        List<StoredAnswer> found = jdbc.query("""
                SELECT request_hash, method, path, status, headers, body FROM reliability.idempotent_request
                WHERE user_name = ? AND idem_key = ?""",
                (rs, n) -> new StoredAnswer(rs.getString("request_hash"), rs.getString("method"), rs.getString("path"),
                        rs.getInt("status"), StoredAnswer.headersFrom(rs.getString("headers")), rs.getBytes("body")),
                claim.user(), claim.key());
        if (found.isEmpty()) {
            throw new IllegalStateException("idempotency key vanished while claimed: " + claim.key());
        }
        return Optional.of(found.get(0));
    }

    void complete(Claim claim, StoredAnswer answer) {
        jdbc.update("UPDATE reliability.idempotent_request SET status = ?, headers = ?, body = ? "
                + "WHERE user_name = ? AND idem_key = ?",
                answer.status(), answer.headersJson(), answer.body(), claim.user(), claim.key());
    }

    /** Forgets a claim whose request was refused, so the corrected request may use the key again. */
    void release(String user, String key) {
        jdbc.update("DELETE FROM reliability.idempotent_request WHERE user_name = ? AND idem_key = ?", user, key);
    }

    @Scheduled(fixedDelayString = "${valedger.idempotency.cleanup-interval:" + IdempotencySettings.CLEANUP_INTERVAL + "}",
            initialDelayString = "PT1M")
    void forgetOldKeys() {
        jdbc.update("DELETE FROM reliability.idempotent_request WHERE created_at < now() - ?::interval",
                retention.toSeconds() + " seconds");
    }

    /** The same for a body hashed while it was spooled to disk. */
    static String hash(String method, String path, String contentType, String bodySha256) {
        MessageDigest digest = sha256();
        digest.update((method + " " + path + "\n" + contentType + "\nsha256:" + bodySha256).getBytes(StandardCharsets.UTF_8));
        return HexFormat.of().formatHex(digest.digest());
    }

    static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    static String hash(String method, String path, String contentType, byte[] body) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            digest.update((method + " " + path + "\n" + contentType + "\n").getBytes(StandardCharsets.UTF_8));
            digest.update(body);
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
