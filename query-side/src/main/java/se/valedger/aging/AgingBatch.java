package se.valedger.aging;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.springframework.jdbc.core.JdbcTemplate;
import se.valedger.aging.AgingProjection.Stock;

/**
 * The aging overview's writes of one processor batch. New pipes go into {@code aging.pipe} as one JDBC
 * batch, and the changes to the stock are summed per cohort (kind x material x installation year) and
 * written as one upsert per cohort when the batch commits: a replay is mostly registrations, and two
 * statements for each were the projection's whole cost. Only registrations wait; every other write to
 * {@code aging.pipe} is made at once, after the waiting ones ({@link #current}), so they stay in order.
 */
final class AgingBatch {

    private static final String INSERT_PIPE = """
            INSERT INTO aging.pipe (pipe_id, network_kind, material, installation_year, length_m)
            VALUES (?, ?, ?, ?, ?) ON CONFLICT DO NOTHING""";
    private static final String ADD_TO_STOCK = """
            INSERT INTO aging.stock (network_kind, material, installation_year, pipes, length_m)
            VALUES (?, ?, ?, ?, ?)
            ON CONFLICT (network_kind, material, installation_year) DO UPDATE
            SET pipes = stock.pipes + EXCLUDED.pipes, length_m = stock.length_m + EXCLUDED.length_m""";

    private record Registration(String pipeId, Stock stock) {
    }

    private record Cohort(String networkKind, String material, int installationYear) {
    }

    private static final class Change {
        int pipes;
        double lengthM;
    }

    private final JdbcTemplate jdbc;
    private final List<Registration> registrations = new ArrayList<>();
    private final Map<Cohort, Change> changes = new LinkedHashMap<>();

    private AgingBatch(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Runs {@code work} on the current processor batch's writes; outside a unit of work they are written at once. */
    static void with(JdbcTemplate jdbc, Consumer<AgingBatch> work) {
        if (!CurrentUnitOfWork.isStarted()) {
            AgingBatch alone = new AgingBatch(jdbc);
            work.accept(alone);
            alone.write();
            return;
        }
        UnitOfWork<?> batch = CurrentUnitOfWork.get().root();
        work.accept(batch.getOrComputeResource(AgingBatch.class.getName(), key -> {
            AgingBatch created = new AgingBatch(jdbc);
            batch.onPrepareCommit(unitOfWork -> created.write());
            return created;
        }));
    }

    /** Counts in the stock only if the pipe is new: a redelivered registration finds its row and counts nothing. */
    void register(String pipeId, Stock stock) {
        registrations.add(new Registration(pipeId, stock));
    }

    /** The pipe as the overview holds it, registrations of this batch included. */
    Optional<Stock> current(String pipeId) {
        insertRegistrations();
        return jdbc.query("""
                SELECT network_kind, material, installation_year, length_m FROM aging.pipe WHERE pipe_id = ?""",
                (rs, n) -> new Stock(rs.getString(1), rs.getString(2), rs.getInt(3), rs.getDouble(4)), pipeId)
                .stream().findFirst();
    }

    /** Adds ({@code sign} 1) or takes away (-1) one pipe's count and length in its cohort. */
    void count(Stock stock, int sign) {
        Change change = changes.computeIfAbsent(
                new Cohort(stock.networkKind(), stock.material(), stock.installationYear()), cohort -> new Change());
        change.pipes += sign;
        change.lengthM += sign * stock.lengthM();
    }

    private void write() {
        insertRegistrations();
        List<Object[]> stock = new ArrayList<>();
        boolean shrunk = false;
        for (Map.Entry<Cohort, Change> entry : changes.entrySet()) {
            Cohort cohort = entry.getKey();
            Change change = entry.getValue();
            if (change.pipes != 0 || change.lengthM != 0) {
                stock.add(new Object[]{cohort.networkKind(), cohort.material(), cohort.installationYear(), change.pipes,
                        change.lengthM});
                shrunk |= change.pipes < 0;
            }
        }
        changes.clear();
        if (!stock.isEmpty()) {
            jdbc.batchUpdate(ADD_TO_STOCK, stock);
        }
        if (shrunk) {
            jdbc.update("DELETE FROM aging.stock WHERE pipes <= 0");
        }
    }

    private void insertRegistrations() {
        if (registrations.isEmpty()) {
            return;
        }
        int[] inserted = jdbc.batchUpdate(INSERT_PIPE, registrations.stream().map(r -> new Object[]{
                r.pipeId(), r.stock().networkKind(), r.stock().material(), r.stock().installationYear(),
                r.stock().lengthM()}).toList());
        for (int i = 0; i < inserted.length; i++) {
            if (inserted[i] == 1) {
                count(registrations.get(i).stock(), 1);
            } else if (inserted[i] != 0) {
                // e.g. the driver's reWriteBatchedInserts, which answers "no info": a redelivery would count twice
                throw new IllegalStateException("aging.pipe insert answered " + inserted[i] + " rows, not 1 or 0");
            }
        }
        registrations.clear();
    }
}
