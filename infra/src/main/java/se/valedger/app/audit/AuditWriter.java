package se.valedger.app.audit;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.ReentrantLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.SmartLifecycle;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;
import se.valedger.app.EventLog;
import se.valedger.app.StoredJson;
import se.valedger.app.audit.AuditSchema;

/**
 * Appends attempts to the chain, in batches (group commit): the writer thread takes everything queued, plus the
 * accepted commands' attempts committed to {@code audit.pending}, plus anything spooled during an outage (first,
 * in spool order), and chains them in one transaction. Across nodes, a transaction-scoped advisory lock
 * serialises the appenders: the head is read, the time taken (never earlier than the head's) and the batch
 * chained onto it while the lock is held, so the chain never forks and its times never go backwards.
 *
 * <p>A caller waiting for its entry waits at most {@code valedger.audit.outage-answer-timeout} (2 s): then, or at
 * once when the last write failed, its attempt goes to the {@link AuditSpool} (fsync'd) and it is answered. A
 * batch that fails is spooled whole, not retried here: the spool is retried until the database takes it. Each
 * refused attempt carries an id stored with its entry, so one both spooled and written is chained once.
 */
@Component
class AuditWriter implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(AuditWriter.class);
    /** Arbitrary but fixed: the advisory lock key of the audit chain. */
    static final long CHAIN_LOCK = 0x5641_4C45_4447_4552L;
    private static final int MAX_BATCH = 500;
    private static final int QUEUED = 0;
    private static final int TAKEN = 1;
    private static final int SPOOLED = 2;

    /** An attempt on its way; {@code id} is null for accepted commands' attempts read from audit.pending. */
    private record Pending(String id, AuditAttempt attempt, CompletableFuture<AuditEntry> done, AtomicInteger state,
                           boolean fromSpool) {
        static Pending queued(AuditAttempt attempt) {
            return new Pending(UUID.randomUUID().toString(), attempt, new CompletableFuture<>(), new AtomicInteger(QUEUED), false);
        }

        AuditSpool.Line line() {
            return new AuditSpool.Line(id, attempt);
        }
    }

    private record Written(Pending pending, AuditEntry entry) {
    }

    private final JdbcTemplate jdbc;
    private final EventLog eventLog;
    private final TransactionTemplate transactions;
    private final AuditSpool spool;
    private final ChainKey key;
    private final Clock clock;
    private final BlockingQueue<Pending> queue = new LinkedBlockingQueue<>();
    /** One batch at a time on this node, so entries are chained in the order they are written. */
    private final ReentrantLock writing = new ReentrantLock();
    private final Semaphore nudges = new Semaphore(0);
    /** A caller waits: write at once, without the batch window. */
    private final AtomicBoolean urgent = new AtomicBoolean();
    private static final ObjectMapper ATTEMPT_JSON = StoredJson.mapper();
    private volatile boolean running;
    /** The last write failed: callers spool at once instead of waiting for the database. */
    private volatile boolean outage;
    /** How long the background writer lets pending entries gather before chaining them in one batch. */
    private final Duration batchWindow;
    private Thread thread;

    @Autowired
    AuditWriter(JdbcTemplate jdbc, EventLog eventLog, PlatformTransactionManager transactionManager, AuditSchema schema,
                AuditSpool spool, ChainKey key, Clock clock, AuditSettings settings) {
        this(jdbc, eventLog, transactionManager, schema, spool, key, clock, settings.batchWindow());
    }

    AuditWriter(JdbcTemplate jdbc, EventLog eventLog, PlatformTransactionManager transactionManager, AuditSchema schema,
                AuditSpool spool, ChainKey key, Clock clock, Duration batchWindow) {
        this.jdbc = jdbc;
        this.eventLog = eventLog;
        this.transactions = new TransactionTemplate(transactionManager);
        // Never inside a caller's transaction: a rejected command's transaction is rolled back after we write.
        this.transactions.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.spool = spool;
        this.key = key;
        this.clock = clock;
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

    /** Chains everything queued, pending or spooled now, in the calling thread. */
    void flush() {
        drain();
    }

    /** Queues the attempt; the background thread will append it. */
    CompletableFuture<AuditEntry> append(AuditAttempt attempt) {
        Pending pending = Pending.queued(attempt);
        queue.add(pending);
        if (running) {
            nudges.release();
        } else {
            drain();
        }
        return pending.done();
    }

    /**
     * Queues the attempt and returns once it is chained or, after {@code answerTimeout} (at once during an
     * outage), spooled; the future then completes with null.
     */
    CompletableFuture<AuditEntry> appendNow(AuditAttempt attempt, Duration answerTimeout) {
        Pending pending = Pending.queued(attempt);
        if (outage && running) {
            spoolByCaller(pending);
            return pending.done();
        }
        queue.add(pending);
        if (!running) {
            drain();
            return pending.done();
        }
        urgent.set(true);
        nudges.release();
        try {
            pending.done().get(answerTimeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException late) {
            spoolByCaller(pending);
        } catch (ExecutionException failed) {
            // the writer reported it
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            spoolByCaller(pending);
        }
        return pending.done();
    }

    /** The caller gives up waiting: its attempt goes to the spool unless the writer spooled it already. */
    private void spoolByCaller(Pending pending) {
        int before = pending.state().getAndSet(SPOOLED);
        if (before == SPOOLED) {
            return;
        }
        queue.remove(pending);
        try {
            spool.append(List.of(pending.line()));
            pending.done().complete(null);
        } catch (RuntimeException e) {
            log.error("LOST audit entry {} {}: neither the database nor the spool took it", pending.attempt().type(),
                    pending.attempt().outcome(), e);
            pending.done().completeExceptionally(e);
        }
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
                if (nudges.tryAcquire(200, TimeUnit.MILLISECONDS) && !urgent.getAndSet(false)) {
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

    /** Writes whatever is queued, pending or spooled, in the calling thread. */
    private void drain() {
        writing.lock();
        try {
            int chained;
            do {
                List<Pending> drained = new ArrayList<>();
                queue.drainTo(drained, MAX_BATCH);
                List<Pending> batch = new ArrayList<>(drained.size());
                for (Pending p : drained) {
                    if (p.state().compareAndSet(QUEUED, TAKEN)) {
                        batch.add(p);
                    }
                }
                chained = write(batch);
            } while (chained >= MAX_BATCH || !queue.isEmpty() && !outage);
        } finally {
            writing.unlock();
        }
    }

    /** Chains the batch with what is spooled and pending; answers how many it chained. */
    private int write(List<Pending> batch) {
        try {
            Set<String> spoolIds = new HashSet<>();
            List<Written> all = transactions.execute(status -> append(batch, spoolIds));
            outage = false;
            spool.remove(spoolIds);
            for (Written w : all) {
                if (w.pending().done() != null) {
                    w.pending().done().complete(w.entry());
                }
            }
            return all.size();
        } catch (RuntimeException e) {
            if (!outage) {
                log.warn("Appending {} audit entries failed; they go to the spool until the database takes them",
                        batch.size(), e);
            }
            outage = true;
            List<Pending> toSpool = batch.stream().filter(p -> p.state().compareAndSet(TAKEN, SPOOLED)).toList();
            try {
                spool.append(toSpool.stream().map(Pending::line).toList());
                toSpool.forEach(p -> p.done().complete(null));
            } catch (RuntimeException spoolFailed) {
                log.error("LOST {} audit entries: {}", toSpool.size(), toSpool.stream().map(p -> p.attempt().type()).toList(),
                        spoolFailed);
                toSpool.forEach(p -> p.done().completeExceptionally(spoolFailed));
            }
            return 0;
        }
    }

    private List<Written> append(List<Pending> queued, Set<String> spoolIds) {
        jdbc.queryForObject("SELECT pg_advisory_xact_lock(?)::text", String.class, CHAIN_LOCK);
        List<Pending> ordered = new ArrayList<>();
        if (!spool.isEmpty()) {
            List<AuditSpool.Line> lines = spool.lines();
            lines.forEach(line -> spoolIds.add(line.id()));
            Set<String> chainedAlready = new HashSet<>(jdbc.queryForList(
                    "SELECT attempt_id FROM audit.entry WHERE attempt_id = ANY (?)", String.class,
                    (Object) spoolIds.toArray(new String[0])));
            Set<String> taken = new HashSet<>(chainedAlready);
            for (AuditSpool.Line line : lines) {
                if (taken.add(line.id())) {
                    ordered.add(new Pending(line.id(), line.attempt(), null, new AtomicInteger(TAKEN), true));
                }
            }
            if (!chainedAlready.isEmpty()) {
                log.info("Audit: {} spooled entries were chained already and are not chained again", chainedAlready.size());
            }
        }
        List<Pending> fresh = new ArrayList<>();
        for (Pending p : queued) {
            if (!spoolIds.contains(p.id())) {
                fresh.add(p);
            }
        }
        List<Long> pendingIds = new ArrayList<>();
        jdbc.query("SELECT id, attempt FROM audit.pending ORDER BY id LIMIT " + MAX_BATCH, rs -> {
            pendingIds.add(rs.getLong(1));
            try {
                fresh.add(new Pending(null, ATTEMPT_JSON.readValue(rs.getString(2), AuditAttempt.class), null,
                        new AtomicInteger(TAKEN), false));
            } catch (JsonProcessingException e) {
                throw new IllegalStateException("unreadable pending audit attempt " + rs.getLong(1), e);
            }
        });
        fresh.sort(java.util.Comparator.comparing(p -> p.attempt().at()));
        ordered.addAll(fresh);
        if (ordered.isEmpty()) {
            return List.of();
        }
        List<Map<String, Object>> head = jdbc.queryForList("SELECT seq, hash, recorded_at FROM audit.entry ORDER BY seq DESC LIMIT 1");
        long seq = head.isEmpty() ? 0 : ((Number) head.get(0).get("seq")).longValue();
        String prev = head.isEmpty() ? AuditChain.GENESIS : (String) head.get(0).get("hash");
        Instant now = AuditChain.storable(clock.instant());
        if (!head.isEmpty()) {
            Instant headTime = ((Timestamp) head.get(0).get("recorded_at")).toInstant();
            if (headTime.isAfter(now)) {
                now = headTime;
            }
        }
        Map<String, Long> positions = positionsOf(ordered);
        List<AuditEntry> entries = new ArrayList<>(ordered.size());
        List<Written> written = new ArrayList<>(ordered.size());
        for (Pending pending : ordered) {
            AuditAttempt a = pending.attempt();
            List<Long> eventPositions = a.eventIds().stream().map(positions::get).toList();
            AuditEntry unhashed = new AuditEntry(++seq, now, clean(a.user()), clean(a.roles()),
                    clean(a.authMethod()), clean(a.clientAddress()), clean(a.userAgent()), a.channel(), clean(a.type()),
                    clean(a.aggregateId()), clean(a.payload()), a.outcome().name(), clean(a.reason()), a.eventIds(),
                    eventPositions, clean(a.correlationId()), clean(a.request()), a.httpStatus(),
                    AuditChain.storable(a.at()), pending.fromSpool(), AuditChain.KEYED, prev, null);
            String hash = AuditChain.hash(prev, unhashed, key);
            AuditEntry entry = withHash(unhashed, hash);
            entries.add(entry);
            written.add(new Written(pending, entry));
            prev = hash;
        }
        if (!pendingIds.isEmpty()) {
            jdbc.update("DELETE FROM audit.pending WHERE id = ANY (?)",
                    ps -> ps.setArray(1, ps.getConnection().createArrayOf("bigint", pendingIds.toArray())));
        }
        List<String> attemptIds = written.stream().map(w -> w.pending().id()).toList();
        jdbc.batchUpdate("""
                INSERT INTO audit.entry (seq, recorded_at, user_name, roles, auth_method, client_address, user_agent,
                    channel, type, aggregate_id, payload, outcome, reason, event_ids, event_positions, correlation_id,
                    request, http_status, attempted_at, spooled, algorithm, attempt_id, prev_hash, hash)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", entries, entries.size(), (ps, e) -> {
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
            ps.setTimestamp(19, Timestamp.from(e.attemptedAt()));
            ps.setBoolean(20, e.spooled());
            ps.setString(21, e.algorithm());
            ps.setString(22, attemptIds.get((int) (e.seq() - entries.get(0).seq())));
            ps.setString(23, e.prevHash());
            ps.setString(24, e.hash());
        });
        return written;
    }

    private Map<String, Long> positionsOf(List<Pending> batch) {
        List<String> ids = batch.stream().flatMap(p -> p.attempt().eventIds().stream()).toList();
        return eventLog.positionsOf(ids);
    }

    private static AuditEntry withHash(AuditEntry e, String hash) {
        return new AuditEntry(e.seq(), e.recordedAt(), e.user(), e.roles(), e.authMethod(), e.clientAddress(),
                e.userAgent(), e.channel(), e.type(), e.aggregateId(), e.payload(), e.outcome(), e.reason(),
                e.eventIds(), e.eventPositions(), e.correlationId(), e.request(), e.httpStatus(), e.attemptedAt(),
                e.spooled(), e.algorithm(), e.prevHash(), hash);
    }

    private static String clean(String text) {
        return AuditChain.clean(text);
    }
}
