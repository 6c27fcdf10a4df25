package se.valedger.projection;

import java.util.ArrayList;
import java.util.List;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;
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
 */
public final class BatchedWrites {

    private BatchedWrites() {
    }

    public static void update(JdbcTemplate jdbc, String sql, Object... args) {
        if (!CurrentUnitOfWork.isStarted()) {
            jdbc.update(sql, args);
            return;
        }
        UnitOfWork<?> batch = CurrentUnitOfWork.get().root();
        List<Pending> all = batch.getOrComputeResource(ALL, key -> new ArrayList<>());
        Pending pending = batch.getOrComputeResource(key(jdbc),
                key -> {
                    Pending created = new Pending(jdbc);
                    batch.onPrepareCommit(unitOfWork -> created.flush());
                    all.add(created);
                    return created;
                });
        pending.add(sql, args);
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

    private static final class Pending {
        private final JdbcTemplate jdbc;
        private final List<String> statements = new ArrayList<>();
        private final List<Object[]> arguments = new ArrayList<>();
        private int flushes;

        Pending(JdbcTemplate jdbc) {
            this.jdbc = jdbc;
        }

        void add(String sql, Object[] args) {
            statements.add(sql);
            arguments.add(args);
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
