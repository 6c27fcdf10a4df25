package se.valedger.backlog;

import static se.valedger.projection.SqlValues.date;
import static se.valedger.projection.SqlValues.integer;
import static se.valedger.projection.SqlValues.text;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Optional;
import se.valedger.inspection.PipeCondition;
import se.valedger.risk.RiskScore;

/** The statements that write work items, and the values of a new one. */
final class ItemStatements {

    static final String ACTIVE = "status IN ('OPEN','SCHEDULED')";

    private static final String COLUMNS = """
            INSERT INTO backlog.item (item_id, source, source_id, pipe_id, status, network_kind, district, grade,
                found_on, due_at, likelihood, consequence, risk, risk_version, explanation, condition)""";
    private static final String VALUES = "?, ?, ?, ?, 'OPEN', ?, ?, ?, ?, ?, ?, ?, ?, ?, ?::jsonb, ?::jsonb";
    // As when the item was inserted and then scored: an existing row with the id keeps all but its score.
    private static final String EXISTING = """
            ON CONFLICT (item_id) DO UPDATE SET likelihood = EXCLUDED.likelihood, consequence = EXCLUDED.consequence,
                risk = EXCLUDED.risk, risk_version = EXCLUDED.risk_version, explanation = EXCLUDED.explanation""";

    static final String INSERT = COLUMNS + " VALUES (" + VALUES + ") " + EXISTING;

    /**
     * One statement per inspection, so that a run of inspections is one JDBC batch: it supersedes the pipe's active
     * finding, inserts the new one from grade 3 ({@code WHERE ?}) and records it on the pipe, unless the id belongs to
     * another pipe's item. Its parts see the rows as they were before the statement. Arguments: {@link #inspect}.
     */
    static final String INSPECT = """
            WITH superseded AS (
                UPDATE backlog.item SET status = 'SUPERSEDED'
                WHERE item_id = (SELECT active_finding FROM backlog.pipe WHERE pipe_id = ?)
            ), finding AS (
            """ + COLUMNS + " SELECT " + VALUES + " WHERE ? " + EXISTING + """
             RETURNING item_id, pipe_id
            )
            UPDATE backlog.pipe p SET latest_inspection_on = ?, latest_grade = ?, condition = ?::jsonb,
                active_finding = (SELECT f.item_id FROM finding f WHERE f.pipe_id = p.pipe_id)
            WHERE p.pipe_id = ?""";

    /**
     * {@link #INSPECT} for a pipe the backlog has no row for (its registration never reached it): with no record of
     * its finding, the older ones are found by pipe. Arguments: {@link #unregistered}.
     */
    static final String INSPECT_UNREGISTERED = """
            WITH superseded AS (
                UPDATE backlog.item SET status = 'SUPERSEDED' WHERE pipe_id = ? AND source = 'INSPECTION' AND\s"""
            + ACTIVE + ")\n" + COLUMNS + " SELECT " + VALUES + " WHERE ? " + EXISTING;

    static final String RESCORE = "UPDATE backlog.item SET likelihood = ?, consequence = ?, risk = ?, "
            + "risk_version = ?, explanation = ?::jsonb WHERE item_id = ?";

    /** The values of an inspection that opens nothing, typed as a finding's are (see SqlValues). */
    static final Object[] NO_FINDING = {text(null), text(null), text(null), text(null), text(null), text(null),
            integer(null), date(null), null, integer(null), integer(null), integer(null), text(null), text(null), text(null)};

    private ItemStatements() {
    }

    /** The values of a new item; network and district from the backlog's pipe row, if it has one. */
    static Object[] values(String itemId, BacklogSource source, String sourceId, String pipeId, Optional<PipeFacts> pipe,
                           Integer grade, LocalDate foundOn, Instant due, RiskScore risk, PipeCondition condition) {
        return new Object[]{itemId, source.name(), sourceId, text(pipeId),
                text(pipe.map(p -> p.networkKind().name()).orElse(null)), text(pipe.map(PipeFacts::district).orElse(null)),
                integer(grade), date(foundOn), due == null ? null : Timestamp.from(due), risk.likelihood(),
                risk.consequence(), risk.score(), risk.version(), BacklogProjection.json(risk.factors()),
                text(condition == null ? null : BacklogProjection.json(condition))};
    }

    /** The arguments of {@link #INSPECT}: the finding's {@link #values}, or {@link #NO_FINDING} with false. */
    static Object[] inspect(String pipeId, Object[] finding, boolean insert, LocalDate on, Integer grade,
                            PipeCondition condition) {
        Object[] args = new Object[finding.length + 6];
        args[0] = pipeId;
        System.arraycopy(finding, 0, args, 1, finding.length);
        args[finding.length + 1] = insert;
        args[finding.length + 2] = on;
        args[finding.length + 3] = integer(grade);
        args[finding.length + 4] = text(BacklogProjection.json(condition));
        args[finding.length + 5] = pipeId;
        return args;
    }

    /** The arguments of {@link #INSPECT_UNREGISTERED}: those of {@link #INSPECT} up to whether to insert. */
    static Object[] unregistered(Object[] inspect) {
        return Arrays.copyOf(inspect, inspect.length - 4);
    }

    /** The arguments of {@link #RESCORE}. */
    static Object[] rescore(String itemId, RiskScore risk) {
        return new Object[]{risk.likelihood(), risk.consequence(), risk.score(), risk.version(),
                BacklogProjection.json(risk.factors()), itemId};
    }
}
