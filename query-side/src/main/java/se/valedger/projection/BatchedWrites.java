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
 * the largest single cost of a replay. Handlers that use this must not read back, within the same
 * batch, rows they wrote through it. Outside a unit of work the write happens at once.
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
        Pending pending = batch.getOrComputeResource(key(jdbc), key -> {
            Pending created = new Pending(jdbc);
            batch.onPrepareCommit(unitOfWork -> created.flush());
            return created;
        });
        pending.add(sql, args);
    }

    /** Sends {@code jdbc}'s writes of the current processor batch now (in order); no-op outside a unit of work. */
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

        Pending(JdbcTemplate jdbc) {
            this.jdbc = jdbc;
        }

        void add(String sql, Object[] args) {
            statements.add(sql);
            arguments.add(args);
        }

        void flush() {
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
