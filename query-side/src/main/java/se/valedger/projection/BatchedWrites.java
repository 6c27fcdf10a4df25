package se.valedger.projection;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.messaging.Message;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A projection's writes, collected while a processor handles one batch of events and sent as JDBC
 * batches (one round trip per run of the same statement, in the order they were made) when that
 * batch commits, inside its transaction and together with the token. One statement per event was
 * the largest single cost of a replay. A handler that reads back, within the same batch, rows written
 * through this must {@link #flush} first. Outside a unit of work the write happens at once.
 *
 * <p>A handler that fails leaves nothing behind: {@link #mark} before it runs and {@link #discardSince} after it
 * threw drop what it collected (what it flushed is the caller's savepoint's to undo).
 *
 * <p>A write that fails only when the batch is sent cannot be told apart from the batch's other events, and the
 * batch would fail the same way every time it is retried. So once the batch of a processing group (named with
 * {@link #inGroup}) fails to send, the range of positions it held is replayed writing at once, inside each event's
 * handler, where the one that fails is undone and parked like any handler failure; events outside that range are
 * collected in batches as before. The ranges are kept until the node stops, so a rebuild writes them at once too.
 */
public final class BatchedWrites {

    private static final Logger log = LoggerFactory.getLogger(BatchedWrites.class);
    /** Per processing group: the ranges of global positions (of batches that failed to send) written at once. */
    private static final Map<String, List<Range>> WRITE_AT_ONCE = new ConcurrentHashMap<>();
    private static final String GROUP = BatchedWrites.class.getName() + ".group";

    private BatchedWrites() {
    }

    /** Names the processing group whose batch the current unit of work is; see the class comment. */
    public static void inGroup(String group) {
        if (CurrentUnitOfWork.isStarted()) {
            CurrentUnitOfWork.get().root().resources().putIfAbsent(GROUP, group);
        }
    }

    public static void update(JdbcTemplate jdbc, String sql, Object... args) {
        if (!CurrentUnitOfWork.isStarted()) {
            jdbc.update(sql, args);
            return;
        }
        UnitOfWork<?> batch = CurrentUnitOfWork.get().root();
        String group = batch.getResource(GROUP);
        long position = position(CurrentUnitOfWork.get().getMessage());
        if (group != null && WRITE_AT_ONCE.getOrDefault(group, List.of()).stream().anyMatch(range -> range.holds(position))) {
            flush(jdbc);
            jdbc.update(sql, args);
            return;
        }
        List<Pending> all = batch.getOrComputeResource(ALL, key -> new ArrayList<>());
        Pending pending = batch.getOrComputeResource(key(jdbc),
                key -> {
                    Pending created = new Pending(jdbc, group);
                    batch.onPrepareCommit(unitOfWork -> created.flush());
                    all.add(created);
                    return created;
                });
        pending.add(sql, args, position);
    }

    private static long position(Message<?> message) {
        return message instanceof TrackedEventMessage<?> tracked && tracked.trackingToken() != null
                ? tracked.trackingToken().position().orElse(-1) : -1;
    }

    /** How much every projection of the current batch has collected so far; nothing outside a unit of work. */
    public static Mark mark() {
        if (!CurrentUnitOfWork.isStarted()) {
            return new Mark(List.of());
        }
        List<Pending> all = CurrentUnitOfWork.get().root().getResource(ALL);
        return new Mark(all == null ? List.of() : all.stream().map(Pending::position).toList());
    }

    /**
     * Drops what was collected after {@code mark} in the current batch (a failed handler's writes), and everything
     * collected by a projection that first appeared after it. Returns how many writes were dropped.
     */
    public static int discardSince(Mark mark) {
        if (!CurrentUnitOfWork.isStarted()) {
            return 0;
        }
        List<Pending> all = CurrentUnitOfWork.get().root().getResource(ALL);
        if (all == null) {
            return 0;
        }
        int dropped = 0;
        for (Pending pending : all) {
            Position before = mark.positions.stream().filter(position -> position.pending() == pending)
                    .findFirst().orElse(new Position(pending, pending.flushes, 0));
            dropped += pending.truncate(before);
        }
        return dropped;
    }

    /** What a batch's projections had collected at one moment; see {@link #mark}. */
    public static final class Mark {
        private final List<Position> positions;

        private Mark(List<Position> positions) {
            this.positions = positions;
        }
    }

    private record Position(Pending pending, int flushes, int size) {
    }

    private static final String ALL = BatchedWrites.class.getName() + ".all";

    /**
     * Sends the writes collected so far in this batch now, still inside its transaction, so that the handler can
     * read them back; later writes are collected again. Without a unit of work there is nothing pending.
     */
    public static void flush(JdbcTemplate jdbc) {
        if (!CurrentUnitOfWork.isStarted()) {
            return;
        }
        Pending pending = CurrentUnitOfWork.get().root().getResource(key(jdbc));
        if (pending != null) {
            pending.flush();
        }
    }

    private static String key(JdbcTemplate jdbc) {
        return BatchedWrites.class.getName() + "@" + System.identityHashCode(jdbc);
    }

    private record Range(long from, long to) {
        boolean holds(long position) {
            return from <= position && position <= to;
        }
    }

    private static final class Pending {
        private final JdbcTemplate jdbc;
        private final String group;
        private final List<String> statements = new ArrayList<>();
        private final List<Object[]> arguments = new ArrayList<>();
        private int flushes;
        private long firstPosition = Long.MAX_VALUE;
        private long lastPosition = -1;

        Pending(JdbcTemplate jdbc, String group) {
            this.jdbc = jdbc;
            this.group = group;
        }

        void add(String sql, Object[] args, long position) {
            statements.add(sql);
            arguments.add(args);
            if (position >= 0) {
                firstPosition = Math.min(firstPosition, position);
                lastPosition = Math.max(lastPosition, position);
            }
        }

        Position position() {
            return new Position(this, flushes, statements.size());
        }

        /** Keeps what came before {@code mark}; all that is pending now came after it if a flush came between. */
        int truncate(Position mark) {
            int keep = mark.flushes() == flushes ? Math.min(mark.size(), statements.size()) : 0;
            int dropped = statements.size() - keep;
            statements.subList(keep, statements.size()).clear();
            arguments.subList(keep, arguments.size()).clear();
            return dropped;
        }

        void flush() {
            flushes++;
            if (statements.isEmpty()) {
                return;
            }
            try {
                send();
            } catch (DataAccessException failed) {
                if (group != null && lastPosition >= 0) {
                    WRITE_AT_ONCE.computeIfAbsent(group, key -> new java.util.concurrent.CopyOnWriteArrayList<>())
                            .add(new Range(firstPosition, lastPosition));
                    log.warn("A batch of {} failed to write ({}); its events at positions {} to {} are replayed writing "
                            + "at once, so that the one that fails is parked", group, failed.getMostSpecificCause(),
                            firstPosition, lastPosition);
                }
                throw failed;
            }
        }

        private void send() {
            int from = 0;
            while (from < statements.size()) {
                String sql = statements.get(from);
                int to = from;
                while (to < statements.size() && statements.get(to).equals(sql)) {
                    to++;
                }
                if (to - from == 1) {
                    jdbc.update(sql, arguments.get(from));
                } else {
                    jdbc.batchUpdate(sql, arguments.subList(from, to));
                }
                from = to;
            }
            statements.clear();
            arguments.clear();
        }
    }
}
