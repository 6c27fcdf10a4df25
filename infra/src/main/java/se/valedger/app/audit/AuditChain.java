package se.valedger.app.audit;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The chain's arithmetic, in one place so that the writer, the verifier and anyone checking an export
 * agree: {@code hash = hex(SHA-256(prevHash + "\n" + canonical))}, where {@code canonical} is the entry's
 * fields (everything but the two hashes) as compact JSON in the fixed order of {@link AuditEntry}, times
 * as ISO-8601 UTC with microseconds, absent values as {@code null}. The first entry's prevHash is 64 zeros.
 *
 * <p>Entries written since issue 14 are {@link #KEYED}: {@code hash = hex(HMAC-SHA-256(key, prevHash + "\n" + canonical))}
 * with the chain key ({@link ChainKey}), which the database does not hold, so a database administrator cannot
 * recompute the chain after changing it; their canonical form also carries {@code attemptedAt}, {@code spooled}
 * and {@code algorithm}. Older entries are {@link #PLAIN} and keep verifying as they were written.
 */
public final class AuditChain {

    public static final String GENESIS = "0".repeat(64);
    public static final String PLAIN = "SHA-256";
    public static final String KEYED = "HMAC-SHA-256";
    private static final ObjectMapper JSON = new ObjectMapper();

    private AuditChain() {
    }

    /** PostgreSQL keeps microseconds; the hash must be computed over what is stored. */
    public static Instant storable(Instant at) {
        return at.truncatedTo(ChronoUnit.MICROS);
    }

    public static Map<String, Object> fields(AuditEntry e) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("seq", e.seq());
        m.put("recordedAt", storable(e.recordedAt()).toString());
        m.put("user", e.user());
        m.put("roles", e.roles());
        m.put("authMethod", e.authMethod());
        m.put("clientAddress", e.clientAddress());
        m.put("userAgent", e.userAgent());
        m.put("channel", e.channel());
        m.put("type", e.type());
        m.put("aggregateId", e.aggregateId());
        m.put("payload", e.payload());
        m.put("outcome", e.outcome());
        m.put("reason", e.reason());
        m.put("eventIds", e.eventIds());
        m.put("eventPositions", e.eventPositions());
        m.put("correlationId", e.correlationId());
        m.put("request", e.request());
        m.put("httpStatus", e.httpStatus());
        if (KEYED.equals(e.algorithm())) {
            m.put("attemptedAt", e.attemptedAt() == null ? null : storable(e.attemptedAt()).toString());
            m.put("spooled", e.spooled());
            m.put("algorithm", e.algorithm());
        }
        return m;
    }

    public static String canonical(AuditEntry e) {
        try {
            return JSON.writeValueAsString(fields(e));
        } catch (JsonProcessingException ex) {
            throw new IllegalStateException("audit entry cannot be written as JSON", ex);
        }
    }

    /** The entry's hash by the algorithm it names; a keyed entry needs the key. */
    public static String hash(String prevHash, AuditEntry e, ChainKey key) {
        if (KEYED.equals(e.algorithm())) {
            return key.hmac(prevHash + "\n" + canonical(e));
        }
        return hash(prevHash, e);
    }

    /** The plain SHA-256 hash of entries written before the keyed chain. */
    public static String hash(String prevHash, AuditEntry e) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update(prevHash.getBytes(StandardCharsets.US_ASCII));
            sha.update((byte) '\n');
            sha.update(canonical(e).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(sha.digest());
        } catch (NoSuchAlgorithmException ex) {
            throw new IllegalStateException(ex);
        }
    }

    /** Text PostgreSQL can store: no NUL characters. */
    static String clean(String text) {
        return text == null ? null : text.replace('\u0000', '\uFFFD');
    }
}
