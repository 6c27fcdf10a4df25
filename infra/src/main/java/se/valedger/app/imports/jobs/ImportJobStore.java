package se.valedger.app.imports.jobs;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/** Import jobs in {@code imports.import_job}, so that every node can answer for every job. */
@Component
class ImportJobStore {

    private static final String COLUMNS = "id, kind, started_by, node_id, state, file_bytes, rows_total, rows_read, "
            + "accepted, rejected, cancel_requested, answer_status, answer, event_position, message, created_at, "
            + "started_at, finished_at";

    private final JdbcTemplate jdbc;
    private final TransactionTemplate ownTransaction;

    ImportJobStore(JdbcTemplate jdbc, PlatformTransactionManager transactions) {
        this.jdbc = jdbc;
        this.ownTransaction = new TransactionTemplate(transactions);
        this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    /**
     * Committed at once in a transaction of its own: the request may be inside one (an Idempotency-Key holds the
     * whole request in one), and the job's thread must see and update its row while the request still waits.
     */
    void queued(UUID id, String kind, String startedBy, String nodeId, Long fileBytes) {
        ownTransaction.executeWithoutResult(status -> jdbc.update(
                "INSERT INTO imports.import_job (id, kind, started_by, node_id, state, file_bytes) "
                + "VALUES (?, ?, ?, ?, 'QUEUED', ?)", id, kind, startedBy, nodeId, fileBytes));
    }

    void running(UUID id) {
        jdbc.update("UPDATE imports.import_job SET state = 'RUNNING', started_at = now() WHERE id = ? AND state = 'QUEUED'", id);
    }

    /** Writes the progress; answers whether a cancel was asked for (by any node). */
    boolean progress(UUID id, Long total, long read, long accepted, long rejected) {
        List<Boolean> cancel = jdbc.queryForList("""
                UPDATE imports.import_job SET rows_total = coalesce(?, rows_total), rows_read = ?, accepted = ?,
                rejected = ? WHERE id = ? RETURNING cancel_requested""", Boolean.class, total, read, accepted, rejected, id);
        return !cancel.isEmpty() && cancel.get(0);
    }

    void finished(UUID id, JobState state, long read, long accepted, long rejected, int answerStatus, String answer,
                  Long eventPosition, String message) {
        jdbc.update("""
                UPDATE imports.import_job SET state = ?, rows_read = ?, accepted = ?, rejected = ?, answer_status = ?,
                answer = ?, event_position = ?, message = ?, finished_at = now() WHERE id = ?""",
                state.name(), read, accepted, rejected, answerStatus, answer, eventPosition, message, id);
    }

    /** The last resort when the job's own end could not be written. */
    void failed(UUID id, String message) {
        jdbc.update("UPDATE imports.import_job SET state = 'FAILED', answer_status = 500, message = ?, "
                + "finished_at = now() WHERE id = ? AND state IN ('QUEUED', 'RUNNING')", message, id);
    }

    /** Asks the job to stop, committed at once (the job's thread polls the flag); false when it had finished. */
    boolean requestCancel(UUID id) {
        return ownTransaction.execute(status -> jdbc.update("UPDATE imports.import_job SET cancel_requested = true WHERE id = ? "
                + "AND state IN ('QUEUED', 'RUNNING')", id) == 1);
    }

    Optional<ImportJob> find(UUID id) {
        return jdbc.query("SELECT " + COLUMNS + " FROM imports.import_job WHERE id = ?", ImportJobStore::job, id)
                .stream().findFirst();
    }

    List<ImportJob> recent(String startedBy, int limit) {
        if (startedBy == null) {
            return jdbc.query("SELECT " + COLUMNS + " FROM imports.import_job ORDER BY created_at DESC LIMIT ?",
                    ImportJobStore::job, limit);
        }
        return jdbc.query("SELECT " + COLUMNS + " FROM imports.import_job WHERE started_by = ? "
                + "ORDER BY created_at DESC LIMIT ?", ImportJobStore::job, startedBy, limit);
    }

    /**
     * Jobs left QUEUED or RUNNING by a node that no longer heartbeats in {@code reliability.node} (or by this
     * node's id before it started) are marked FAILED with what they had stored. Answers how many.
     */
    int failOrphans(String thisNode, Duration liveness) {
        return jdbc.update("""
                UPDATE imports.import_job SET state = 'FAILED', finished_at = now(), answer_status = 500,
                message = 'interrupted: its node stopped; ' || rows_read || ' rows read, ' || accepted
                    || ' accepted and stored, when it last reported'
                WHERE state IN ('QUEUED', 'RUNNING') AND (node_id = ? OR node_id NOT IN (
                    SELECT node_id FROM reliability.node WHERE last_seen > now() - ?::interval))""",
                thisNode, liveness.toMillis() + " milliseconds");
    }

    private static ImportJob job(ResultSet rs, int row) throws SQLException {
        return new ImportJob(rs.getObject("id", UUID.class), rs.getString("kind"), rs.getString("started_by"),
                rs.getString("node_id"), JobState.valueOf(rs.getString("state")), (Long) rs.getObject("file_bytes"),
                (Long) rs.getObject("rows_total"), rs.getLong("rows_read"), rs.getLong("accepted"), rs.getLong("rejected"),
                rs.getBoolean("cancel_requested"), (Integer) rs.getObject("answer_status"), rs.getString("answer"),
                (Long) rs.getObject("event_position"), rs.getString("message"), instant(rs.getTimestamp("created_at")),
                instant(rs.getTimestamp("started_at")), instant(rs.getTimestamp("finished_at")));
    }

    private static Instant instant(Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }
}
