package se.valedger.audit;

import java.sql.Timestamp;
import java.sql.Types;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Appends attempts to the chain. One writer thread per node takes whatever has queued up and appends it
 * as one batch in one transaction (group commit), so under load many commands share one round trip.
 * Across nodes, a transaction-scoped advisory lock serialises the appenders: the head is read and the
 * batch chained onto it while the lock is held, so the chain never forks.
 */
@Component
class AuditWriter implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(AuditWriter.class);
    /** Arbitrary but fixed: the advisory lock key of the audit chain. */
    static final long CHAIN_LOCK = 0x5641_4C45_4447_4552L;
    private static final int MAX_BATCH = 500;

    private record Pending(AuditAttempt attempt, CompletableFuture<AuditEntry> done) {
    }

    private final JdbcTemplate jdbc;
    private final TransactionTemplate transactions;
    private final BlockingQueue<Pending> queue = new LinkedBlockingQueue<>();
    private volatile boolean running;
    private Thread thread;

    AuditWriter(JdbcTemplate jdbc, PlatformTransactionManager transactionManager, AuditSchema schema) {
        this.jdbc = jdbc;
        this.transactions = new TransactionTemplate(transactionManager);
    }

    CompletableFuture<AuditEntry> append(AuditAttempt attempt) {
        CompletableFuture<AuditEntry> done = new CompletableFuture<>();
        queue.add(new Pending(attempt, done));
        if (!running) {
            drain();
        }
        return done;
    }

    @Override
    public synchronized void start() {
        running = true;
        thread = new Thread(this::loop, "audit-writer");
        thread.setDaemon(true);
        thread.start();
    }

    @Override
    public void stop() {
        running = false;
        if (thread != null) {
            thread.interrupt();
            try {
                thread.join(5000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        drain();
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    /** Starts before the web server and Axon's processors (which start late), stops after them. */
    @Override
    public int getPhase() {
        return Integer.MIN_VALUE + 1000;
    }

    private void loop() {
        while (running) {
            try {
                Pending first = queue.poll(200, TimeUnit.MILLISECONDS);
                if (first == null) {
                    continue;
                }
                List<Pending> batch = new ArrayList<>();
                batch.add(first);
                queue.drainTo(batch, MAX_BATCH - 1);
                write(batch);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (RuntimeException e) {
                log.error("Audit writer failed", e);
            }
        }
    }

    /** Writes whatever is queued in the calling thread (before start and at shutdown). */
    private synchronized void drain() {
        List<Pending> batch = new ArrayList<>();
        queue.drainTo(batch);
        if (!batch.isEmpty()) {
            write(batch);
        }
    }

    private void write(List<Pending> batch) {
        RuntimeException failure = null;
        for (int attempt = 1; attempt <= 3; attempt++) {
            try {
                List<AuditEntry> written = transactions.execute(status -> append(batch));
                for (int i = 0; i < batch.size(); i++) {
                    batch.get(i).done().complete(written.get(i));
                }
                return;
            } catch (RuntimeException e) {
                failure = e;
                log.warn("Appending {} audit entries failed (attempt {} of 3)", batch.size(), attempt, e);
            }
        }
        log.error("LOST {} audit entries: {}", batch.size(), batch.stream().map(p -> p.attempt().type()).toList(), failure);
        for (Pending pending : batch) {
            pending.done().completeExceptionally(failure);
        }
    }

    private List<AuditEntry> append(List<Pending> batch) {
        jdbc.queryForObject("SELECT pg_advisory_xact_lock(?)::text", String.class, CHAIN_LOCK);
        List<Map<String, Object>> head = jdbc.queryForList("SELECT seq, hash FROM audit.entry ORDER BY seq DESC LIMIT 1");
        long seq = head.isEmpty() ? 0 : ((Number) head.get(0).get("seq")).longValue();
        String prev = head.isEmpty() ? AuditChain.GENESIS : (String) head.get(0).get("hash");
        Map<String, Long> positions = positionsOf(batch);
        List<AuditEntry> entries = new ArrayList<>(batch.size());
        for (Pending pending : batch) {
            AuditAttempt a = pending.attempt();
            List<Long> eventPositions = a.eventIds().stream().map(positions::get).toList();
            AuditEntry unhashed = new AuditEntry(++seq, AuditChain.storable(a.at()), clean(a.user()), clean(a.roles()),
                    clean(a.authMethod()), clean(a.clientAddress()), clean(a.userAgent()), a.channel(), clean(a.type()),
                    clean(a.aggregateId()), clean(a.payload()), a.outcome().name(), clean(a.reason()), a.eventIds(),
                    eventPositions, clean(a.correlationId()), clean(a.request()), a.httpStatus(), prev, null);
            String hash = AuditChain.hash(prev, unhashed);
            entries.add(withHash(unhashed, hash));
            prev = hash;
        }
        jdbc.batchUpdate("""
                INSERT INTO audit.entry (seq, recorded_at, user_name, roles, auth_method, client_address, user_agent,
                    channel, type, aggregate_id, payload, outcome, reason, event_ids, event_positions, correlation_id,
                    request, http_status, prev_hash, hash)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", entries, entries.size(), (ps, e) -> {
            ps.setLong(1, e.seq());
            ps.setTimestamp(2, Timestamp.from(e.recordedAt()));
            ps.setString(3, e.user());
            ps.setString(4, e.roles());
            ps.setString(5, e.authMethod());
            ps.setString(6, e.clientAddress());
            ps.setString(7, e.userAgent());
            ps.setString(8, e.channel());
            ps.setString(9, e.type());
            ps.setString(10, e.aggregateId());
            ps.setString(11, e.payload());
            ps.setString(12, e.outcome());
            ps.setString(13, e.reason());
            ps.setString(14, AuditRows.joinIds(e.eventIds()));
            ps.setString(15, AuditRows.joinPositions(e.eventPositions()));
            ps.setString(16, e.correlationId());
            ps.setString(17, e.request());
            if (e.httpStatus() == null) {
                ps.setNull(18, Types.INTEGER);
            } else {
                ps.setInt(18, e.httpStatus());
            }
            ps.setString(19, e.prevHash());
            ps.setString(20, e.hash());
        });
        return entries;
    }

    private Map<String, Long> positionsOf(List<Pending> batch) {
        List<String> ids = batch.stream().flatMap(p -> p.attempt().eventIds().stream()).toList();
        Map<String, Long> positions = new HashMap<>();
        if (!ids.isEmpty()) {
            jdbc.query("SELECT event_identifier, global_index FROM event_store.domain_event WHERE event_identifier = ANY (?)",
                    ps -> ps.setArray(1, ps.getConnection().createArrayOf("varchar", ids.toArray())),
                    rs -> {
                        positions.put(rs.getString(1), rs.getLong(2));
                    });
        }
        return positions;
    }

    private static AuditEntry withHash(AuditEntry e, String hash) {
        return new AuditEntry(e.seq(), e.recordedAt(), e.user(), e.roles(), e.authMethod(), e.clientAddress(),
                e.userAgent(), e.channel(), e.type(), e.aggregateId(), e.payload(), e.outcome(), e.reason(),
                e.eventIds(), e.eventPositions(), e.correlationId(), e.request(), e.httpStatus(), e.prevHash(), hash);
    }

    private static String clean(String text) {
        return AuditChain.clean(text);
    }
}
