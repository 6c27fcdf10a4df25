package se.valedger.app.audit;

import java.sql.PreparedStatement;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/** Reading the trail: search, integrity check, export and checkpoints. */
@Component
public class AuditLog {

    public record Filter(String user, String aggregateId, String type, String outcome, Instant from, Instant to) {
    }

    public record Page(List<AuditEntry> items, int page, int size, long total) {
    }

    /** The chain's verdict; when broken, {@code firstInvalidSeq} names the first entry that does not match. */
    public record Verification(boolean valid, long entriesChecked, Long headSeq, String headHash,
                               Long firstInvalidSeq, String reason, int checkpointsChecked) {
    }

    /** @param signature HMAC of the checkpoint with the chain key (null on checkpoints taken before it existed) */
    public record Checkpoint(long seq, String headHash, LocalDate day, Instant takenAt, String signature) {
    }

    private final JdbcTemplate jdbc;
    private final TransactionTemplate readOnly;
    private final AuditWriter writer;
    private final ChainKey key;
    private final PublishedCheckpoints published;

    AuditLog(JdbcTemplate jdbc, PlatformTransactionManager transactionManager, AuditWriter writer, ChainKey key,
             PublishedCheckpoints published) {
        this.jdbc = jdbc;
        this.writer = writer;
        this.key = key;
        this.published = published;
        this.readOnly = new TransactionTemplate(transactionManager);
        this.readOnly.setReadOnly(true);
    }

    public Page search(Filter filter, int page, int size) {
        writer.flush();
        StringBuilder where = new StringBuilder(" WHERE true");
        List<Object> args = new ArrayList<>();
        condition(where, args, "user_name = ?", filter.user());
        condition(where, args, "aggregate_id = ?", filter.aggregateId());
        condition(where, args, "type = ?", filter.type());
        condition(where, args, "outcome = ?", filter.outcome());
        condition(where, args, "recorded_at >= ?", filter.from() == null ? null : Timestamp.from(filter.from()));
        condition(where, args, "recorded_at < ?", filter.to() == null ? null : Timestamp.from(filter.to()));
        Long total = jdbc.queryForObject("SELECT count(*) FROM audit.entry" + where, Long.class, args.toArray());
        List<Object> pageArgs = new ArrayList<>(args);
        pageArgs.add(size);
        pageArgs.add((long) page * size);
        List<AuditEntry> items = jdbc.query("SELECT " + AuditRows.COLUMNS + " FROM audit.entry" + where
                + " ORDER BY seq DESC LIMIT ? OFFSET ?", (rs, n) -> AuditRows.entry(rs), pageArgs.toArray());
        return new Page(items, page, size, total == null ? 0 : total);
    }

    private static void condition(StringBuilder where, List<Object> args, String sql, Object value) {
        if (value != null && !(value instanceof String s && s.isBlank())) {
            where.append(" AND ").append(sql);
            args.add(value);
        }
    }

    /**
     * Recomputes the whole chain from the stored rows and compares it with the stored checkpoints, the
     * checkpoints this node published to its file sink and, if given, a checkpoint kept outside the system
     * ({@code expectSeq}/{@code expectHash}). Keyed entries must also keep their times in order (an entry recorded
     * earlier than its predecessor is invalid; no tolerance: the writer never writes a time earlier than the head's)
     * and may not be followed by plain SHA-256 ones (a downgrade to a hash anyone can recompute).
     */
    public Verification verify(Long expectSeq, String expectHash) {
        writer.flush();
        Map<Long, Set<String>> checkpoints = new HashMap<>();
        jdbc.query("SELECT seq, head_hash FROM audit.checkpoint", rs -> {
            expect(checkpoints, rs.getLong(1), rs.getString(2));
        });
        ChainWalk state = new ChainWalk();
        for (PublishedCheckpoints.Published p : published.fromFile()) {
            if (!published.signedByUs(p)) {
                fail(state, p.seq(), "a published checkpoint at entry " + p.seq() + " does not carry our signature: forged or changed");
                return verdict(state);
            }
            expect(checkpoints, p.seq(), p.headHash());
        }
        if (expectSeq != null && expectHash != null) {
            expect(checkpoints, expectSeq, expectHash.trim().toLowerCase(java.util.Locale.ROOT));
        }
        stream(null, null, e -> {
            if (state.bad != null) {
                return;
            }
            state.checked++;
            boolean keyed = AuditChain.KEYED.equals(e.algorithm());
            if (e.seq() != state.expected) {
                fail(state, state.expected, "entry " + state.expected + " is missing (next stored entry is " + e.seq() + ")");
            } else if (!e.prevHash().equals(state.prev)) {
                fail(state, e.seq(), "its prevHash does not match the hash of entry " + (e.seq() - 1)
                        + ": one of the two was rewritten");
            } else if (!keyed && !AuditChain.PLAIN.equals(e.algorithm())) {
                fail(state, e.seq(), "its algorithm '" + e.algorithm() + "' is not one the chain uses");
            } else if (!keyed && state.sawKeyed) {
                fail(state, e.seq(), "it is hashed with plain SHA-256 after keyed entries: rewritten without the key");
            } else if (!AuditChain.hash(state.prev, e, key).equals(e.hash())) {
                fail(state, e.seq(), "its content does not match its hash: the entry was changed after it was written");
            } else if (keyed && state.prevRecordedAt != null && e.recordedAt().isBefore(state.prevRecordedAt)) {
                fail(state, e.seq(), "it is recorded at " + e.recordedAt() + ", earlier than entry " + (e.seq() - 1)
                        + " (" + state.prevRecordedAt + "): backdated or inserted");
            } else if (checkpoints.containsKey(e.seq()) && !checkpoints.get(e.seq()).equals(Set.of(e.hash()))) {
                fail(state, e.seq(), "its hash differs from the checkpoint taken at this entry: the chain up to here was rewritten");
            } else if (checkpoints.containsKey(e.seq())) {
                state.checkpointsChecked++;
            }
            state.sawKeyed |= keyed;
            state.prev = e.hash();
            state.prevRecordedAt = e.recordedAt();
            state.expected++;
        });
        if (state.bad == null) {
            for (Long seq : new java.util.TreeSet<>(checkpoints.keySet())) {
                if (seq >= state.expected) {
                    fail(state, seq, "a checkpoint names entry " + seq + " but the chain ends at " + (state.expected - 1)
                            + ": entries were removed from the end");
                    break;
                }
            }
        }
        return verdict(state);
    }

    private static Verification verdict(ChainWalk state) {
        return new Verification(state.bad == null, state.checked, state.expected - 1 > 0 ? state.expected - 1 : null,
                state.expected > 1 ? state.prev : null, state.bad, state.reason, state.checkpointsChecked);
    }

    private static void expect(Map<Long, Set<String>> checkpoints, long seq, String hash) {
        checkpoints.computeIfAbsent(seq, s -> new java.util.HashSet<>()).add(hash);
    }

    private static final class ChainWalk {
        long expected = 1;
        long checked;
        String prev = AuditChain.GENESIS;
        Instant prevRecordedAt;
        boolean sawKeyed;
        Long bad;
        String reason;
        int checkpointsChecked;
    }

    private static void fail(ChainWalk state, long seq, String reason) {
        state.bad = seq;
        state.reason = reason;
    }

    /** The first and last seq of the entries recorded in [from, to): an export of that range has no holes. */
    public long[] seqRange(Instant from, Instant to) {
        writer.flush();
        Map<String, Object> range = jdbc.queryForMap("SELECT min(seq) AS lo, max(seq) AS hi FROM audit.entry"
                + " WHERE recorded_at >= ? AND recorded_at < ?",
                Timestamp.from(from == null ? Instant.EPOCH : from), Timestamp.from(to == null ? Instant.parse("9999-01-01T00:00:00Z") : to));
        if (range.get("lo") == null) {
            return new long[] {1, 0};
        }
        return new long[] {((Number) range.get("lo")).longValue(), ((Number) range.get("hi")).longValue()};
    }

    /** Streams entries in chain order, without holding them all in memory. */
    public void stream(Long fromSeq, Long toSeq, Consumer<AuditEntry> each) {
        readOnly.executeWithoutResult(status -> jdbc.query(connection -> {
            PreparedStatement ps = connection.prepareStatement("SELECT " + AuditRows.COLUMNS
                    + " FROM audit.entry WHERE seq BETWEEN ? AND ? ORDER BY seq");
            ps.setLong(1, fromSeq == null ? 1 : fromSeq);
            ps.setLong(2, toSeq == null ? Long.MAX_VALUE : toSeq);
            ps.setFetchSize(1000);
            return ps;
        }, rs -> {
            each.accept(AuditRows.entry(rs));
        }));
    }

    /** Keeps the current head as the checkpoint of {@code day}, signed and published; nothing if the trail is empty. */
    public Checkpoint checkpoint(LocalDate day, Instant now) {
        writer.flush();
        List<Map<String, Object>> head = jdbc.queryForList("SELECT seq, hash FROM audit.entry ORDER BY seq DESC LIMIT 1");
        if (head.isEmpty()) {
            return null;
        }
        long seq = ((Number) head.get(0).get("seq")).longValue();
        String hash = (String) head.get(0).get("hash");
        int taken = jdbc.update("INSERT INTO audit.checkpoint (seq, head_hash, day, taken_at, signature) VALUES (?, ?, ?, ?, ?)"
                        + " ON CONFLICT (seq) DO NOTHING",
                seq, hash, java.sql.Date.valueOf(day), Timestamp.from(now), published.signature(seq, hash));
        Checkpoint checkpoint = checkpoints().stream().filter(c -> c.seq() == seq).findFirst().orElseThrow();
        if (taken == 1) {
            published.publish(checkpoint);
        }
        return checkpoint;
    }

    /**
     * Takes a checkpoint if the head moved on since the last one by {@code everyEntries} entries, or at all
     * when the last is older than {@code every}.
     */
    public Checkpoint checkpointIfDue(long everyEntries, java.time.Duration every, LocalDate day, Instant now) {
        Map<String, Object> last = jdbc.queryForMap("SELECT (SELECT max(seq) FROM audit.entry) AS head,"
                + " (SELECT max(seq) FROM audit.checkpoint) AS seq, coalesce((SELECT max(taken_at) FROM audit.checkpoint),"
                + " (SELECT min(recorded_at) FROM audit.entry)) AS at");
        long head = last.get("head") == null ? 0 : ((Number) last.get("head")).longValue();
        long seq = last.get("seq") == null ? 0 : ((Number) last.get("seq")).longValue();
        Instant at = last.get("at") == null ? Instant.EPOCH : ((Timestamp) last.get("at")).toInstant();
        if (head > seq && (head - seq >= everyEntries || !at.plus(every).isAfter(now))) {
            return checkpoint(day, now);
        }
        return null;
    }

    public List<Checkpoint> checkpoints() {
        return jdbc.query("SELECT seq, head_hash, day, taken_at, signature FROM audit.checkpoint ORDER BY seq",
                (rs, n) -> new Checkpoint(rs.getLong("seq"), rs.getString("head_hash"),
                        rs.getDate("day").toLocalDate(), rs.getTimestamp("taken_at").toInstant(), rs.getString("signature")));
    }
}
