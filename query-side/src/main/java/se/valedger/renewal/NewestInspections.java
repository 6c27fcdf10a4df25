package se.valedger.renewal;

import java.sql.Date;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.springframework.jdbc.core.JdbcTemplate;
import se.valedger.projection.BatchedWrites;

/**
 * The inspections of one processor batch, folded to the one that decides each pipe's grade: the newest
 * by date, the later of two on the same date. Applying only that one leaves the row exactly as applying
 * them all in order would, so a replay (mostly inspections) writes each pipe once per batch instead of
 * once per inspection. A pipe's folded inspection is queued before any other write to that pipe
 * ({@link #writeBefore}) and the rest at the end of the batch, so each pipe's writes keep their order.
 */
final class NewestInspections {

    private static final String LOG_INSPECTION = """
            UPDATE renewal.pipe SET
                latest_grade = CASE WHEN last_inspected_on IS NULL OR last_inspected_on <= ? THEN ? ELSE latest_grade END,
                last_inspected_on = GREATEST(last_inspected_on, ?)
            WHERE pipe_id = ?""";

    private record Inspection(LocalDate date, Integer grade) {
    }

    private final JdbcTemplate jdbc;
    private final Map<String, Inspection> newest = new LinkedHashMap<>();

    private NewestInspections(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    static void add(JdbcTemplate jdbc, String pipeId, LocalDate date, Integer grade) {
        if (!CurrentUnitOfWork.isStarted()) {
            write(jdbc, pipeId, new Inspection(date, grade));
            return;
        }
        UnitOfWork<?> batch = CurrentUnitOfWork.get().root();
        NewestInspections inspections = batch.getOrComputeResource(NewestInspections.class.getName(), key -> {
            NewestInspections created = new NewestInspections(jdbc);
            batch.onPrepareCommit(unitOfWork -> created.writeAll());
            return created;
        });
        inspections.newest.merge(pipeId, new Inspection(date, grade),
                (held, later) -> later.date().isBefore(held.date()) ? held : later);
    }

    /** Queues the pipe's folded inspection, if it has one, ahead of another write to the pipe. */
    static void writeBefore(JdbcTemplate jdbc, String pipeId) {
        if (!CurrentUnitOfWork.isStarted()) {
            return;
        }
        NewestInspections inspections = CurrentUnitOfWork.get().root().getResource(NewestInspections.class.getName());
        Inspection held = inspections == null ? null : inspections.newest.remove(pipeId);
        if (held != null) {
            write(jdbc, pipeId, held);
        }
    }

    private void writeAll() {
        newest.forEach((pipeId, inspection) -> write(jdbc, pipeId, inspection));
        newest.clear();
        // The batch's own flush may have run already: these must not wait for a flush that never comes.
        BatchedWrites.flush(jdbc);
    }

    private static void write(JdbcTemplate jdbc, String pipeId, Inspection inspection) {
        Date date = Date.valueOf(inspection.date());
        BatchedWrites.update(jdbc, LOG_INSPECTION, date, se.valedger.projection.SqlValues.integer(inspection.grade()), date,
                pipeId);
    }
}
