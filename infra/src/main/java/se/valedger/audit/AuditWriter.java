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
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import se.valedger.config.Serialization;

/**
 * Appends attempts to the chain, in batches (group commit): whoever holds the writer lock takes everything
 * queued, plus the accepted commands' attempts committed to {@code audit.pending}, and chains them in one
 * transaction. A caller that waits for its entry writes the batch itself when the lock is free (no hand-off
 * to another thread, which on a busy machine costs more than the insert); a background thread flushes the rest.
 * Across nodes, a transaction-scoped advisory lock serialises the appenders: the head is read and the
 * batch chained onto it while the lock is held, so the chain never forks.
 */
@Component
class AuditWriter implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(AuditWriter.class);
    /** Arbitrary but fixed: the advisory lock key of the audit chain. */
    static final long CHAIN_LOCK = 0x5641_4C45_4447_4552L;
    private static final int MAX_BATCH = 500;

    private record Pending(AuditAttempt attempt, CompletableFuture<AuditEntry> done, AuditEntry entry) {
        Pending(AuditAttempt attempt, CompletableFuture<AuditEntry> done) {
            this(attempt, done, null);
        }
    }

    private final JdbcTemplate jdbc;
    private final TransactionTemplate transactions;
    private final BlockingQueue<Pending> queue = new LinkedBlockingQueue<>();
    /** One batch at a time on this node, so entries are chained in the order they are written. */
    private final java.util.concurrent.locks.ReentrantLock writing = new java.util.concurrent.locks.ReentrantLock();
    private final java.util.concurrent.Semaphore nudges = new java.util.concurrent.Semaphore(0);
    private static final ObjectMapper ATTEMPT_JSON = Serialization.storageObjectMapper();
    private volatile boolean running;
    /** How long the background writer lets pending entries gather before chaining them in one batch. */
    private final java.time.Duration batchWindow;
    private Thread thread;

    AuditWriter(JdbcTemplate jdbc, PlatformTransactionManager transactionManager, AuditSchema schema,
                @org.springframework.beans.factory.annotation.Value("${valedger.audit.batch-window:100ms}")
                java.time.Duration batchWindow) {
        this.jdbc = jdbc;
        this.transactions = new TransactionTemplate(transactionManager);
        // Never inside a caller's transaction: a rejected command's transaction is rolled back after we write.
        this.transactions.setPropagationBehavior(org.springframework.transaction.TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.batchWindow = batchWindow;
    }

    /**
     * Keeps the attempt in the caller's transaction (the command's): it is chained after that commits, and
     * vanishes with it if it rolls back. Call {@link #nudge()} after the commit.
     */
    void appendInTransaction(AuditAttempt attempt) {
        try {
            jdbc.update("INSERT INTO audit.pending (attempt) VALUES (?)", ATTEMPT_JSON.writeValueAsString(attempt));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("audit attempt cannot be written as JSON", e);
        }
    }

    /** Asks the background writer to chain what is pending soon. */
    void nudge() {
        nudges.release();
    }

    /** Chains everything queued or pending now, in the calling thread. */
    void flush() {
        drain();
    }

    /** Queues the attempt; the background thread will append it. */
    CompletableFuture<AuditEntry> append(AuditAttempt attempt) {
        CompletableFuture<AuditEntry> done = new CompletableFuture<>();
        queue.add(new Pending(attempt, done));
        if (running) {
            nudges.release();
        } else {
            drain();
        }
        return done;
    }

    /** Queues the attempt and returns once it is appended, leading the batch itself when nobody else is writing. */
    CompletableFuture<AuditEntry> appendNow(AuditAttempt attempt, long maxWaitMillis) {
        CompletableFuture<AuditEntry> done = new CompletableFuture<>();
        queue.add(new Pending(attempt, done));
        long deadline = System.nanoTime() + maxWaitMillis * 1_000_000;
        while (!done.isDone() && System.nanoTime() < deadline) {
            if (writing.tryLock()) {
                try {
                    List<Pending> batch = new ArrayList<>();
                    queue.drainTo(batch, MAX_BATCH);
                    write(batch);
                } finally {
                    writing.unlock();
                }
            } else {
                try {
                    done.get(1, TimeUnit.MILLISECONDS);
                } catch (java.util.concurrent.TimeoutException | java.util.concurrent.ExecutionException e) {
                    // the leader is still writing, or failed: look again
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    break;
                }
            }
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
                if (nudges.tryAcquire(200, TimeUnit.MILLISECONDS)) {
                    Thread.sleep(batchWindow.toMillis());
                }
                nudges.drainPermits();
                drain();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (RuntimeException e) {
                log.error("Audit writer failed", e);
            }
        }
    }

    /** Writes whatever is queued or pending, in the calling thread. */
    private void drain() {
        writing.lock();
        try {
            int chained;
            do {
                List<Pending> batch = new ArrayList<>();
                queue.drainTo(batch, MAX_BATCH);
                chained = write(batch);
            } while (chained >= MAX_BATCH || !queue.isEmpty());
        } finally {
            writing.unlock();
        }
    }

    /** Chains the batch and up to a batch of pending command attempts; answers how many it chained. */
    private int write(List<Pending> batch) {
        RuntimeException failure = null;
        for (int attempt = 1; attempt <= 3; attempt++) {
            try {
                List<Pending> all = transactions.execute(status -> append(batch));
                for (Pending p : all) {
                    if (p.done() != null && p.entry() != null) {
                        p.done().complete(p.entry());
                    }
                }
                return all.size();
            } catch (RuntimeException e) {
                failure = e;
                log.warn("Appending {} audit entries failed (attempt {} of 3)", batch.size(), attempt, e);
            }
        }
        log.error("LOST {} audit entries: {}", batch.size(), batch.stream().map(p -> p.attempt().type()).toList(), failure);
        for (Pending pending : batch) {
            pending.done().completeExceptionally(failure);
        }
        return 0;
    }

    private List<Pending> append(List<Pending> queued) {
        jdbc.queryForObject("SELECT pg_advisory_xact_lock(?)::text", String.class, CHAIN_LOCK);
        List<Long> pendingIds = new ArrayList<>();
        List<Pending> batch = new ArrayList<>(queued);
        jdbc.query("SELECT id, attempt FROM audit.pending ORDER BY id LIMIT " + MAX_BATCH, rs -> {
            pendingIds.add(rs.getLong(1));
            try {
                batch.add(new Pending(ATTEMPT_JSON.readValue(rs.getString(2), AuditAttempt.class), null));
            } catch (JsonProcessingException e) {
                throw new IllegalStateException("unreadable pending audit attempt " + rs.getLong(1), e);
            }
        });
        if (batch.isEmpty()) {
            return batch;
        }
        batch.sort(java.util.Comparator.comparing(p -> p.attempt().at()));
        List<Map<String, Object>> head = jdbc.queryForList("SELECT seq, hash FROM audit.entry ORDER BY seq DESC LIMIT 1");
        long seq = head.isEmpty() ? 0 : ((Number) head.get(0).get("seq")).longValue();
        String prev = head.isEmpty() ? AuditChain.GENESIS : (String) head.get(0).get("hash");
        Map<String, Long> positions = positionsOf(batch);
        List<AuditEntry> entries = new ArrayList<>(batch.size());
        List<Pending> written = new ArrayList<>(batch.size());
        for (Pending pending : batch) {
            AuditAttempt a = pending.attempt();
            List<Long> eventPositions = a.eventIds().stream().map(positions::get).toList();
            AuditEntry unhashed = new AuditEntry(++seq, AuditChain.storable(a.at()), clean(a.user()), clean(a.roles()),
                    clean(a.authMethod()), clean(a.clientAddress()), clean(a.userAgent()), a.channel(), clean(a.type()),
                    clean(a.aggregateId()), clean(a.payload()), a.outcome().name(), clean(a.reason()), a.eventIds(),
                    eventPositions, clean(a.correlationId()), clean(a.request()), a.httpStatus(), prev, null);
            String hash = AuditChain.hash(prev, unhashed);
            AuditEntry entry = withHash(unhashed, hash);
            entries.add(entry);
            written.add(new Pending(a, pending.done(), entry));
            prev = hash;
        }
        if (!pendingIds.isEmpty()) {
            jdbc.update("DELETE FROM audit.pending WHERE id = ANY (?)",
                    ps -> ps.setArray(1, ps.getConnection().createArrayOf("bigint", pendingIds.toArray())));
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
        return written;
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
