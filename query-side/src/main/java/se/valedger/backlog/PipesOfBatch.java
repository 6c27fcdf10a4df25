package se.valedger.backlog;

import java.sql.Array;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.springframework.jdbc.core.JdbcTemplate;
import se.valedger.pipe.Material;
import se.valedger.pipe.NetworkKind;
import se.valedger.risk.ConsequenceFacts;

/**
 * The {@link PipeFacts} of the pipes one processor batch touches: read from {@code backlog.pipe} and
 * {@code backlog.pipe_break} (all its breaks: each score picks those in the window before its own date), with the
 * consequence parts of issue 20's read model {@code network.pipe_criticality} (read only, never written here), on a
 * pipe's first touch (one query; a pipe registered in the batch needs none), then kept
 * current by the handlers that change them, so scoring an item needs no query while the writes wait in
 * {@link se.valedger.projection.BatchedWrites}. Every fact but the breaks changes only through the pipe's own events,
 * which the processor handles in order in one segment. Breaks come with leak events from the other segment, as they
 * did when the score counted them per statement: each side sees what the other has committed. Outside a unit of work
 * every call starts empty, so the facts are read each time.
 */
final class PipesOfBatch {

    private static final String LOAD = """
            SELECT p.pipe_id, p.network_kind, p.material, p.diameter_mm, p.length_m, p.installation_year, p.district,
                p.consequence_class, p.latest_inspection_on, p.latest_grade, p.renewed_year, p.condition::text AS condition,
                ARRAY(SELECT b.failed_on FROM backlog.pipe_break b WHERE b.pipe_id = p.pipe_id),
                c.households_without_water, c.critical_customers, c.single_feed
            FROM backlog.pipe p LEFT JOIN network.pipe_criticality c ON c.pipe_id = p.pipe_id
            WHERE p.pipe_id = ANY (?)""";

    private final JdbcTemplate jdbc;
    private final Map<String, Optional<PipeFacts>> pipes = new HashMap<>();
    private Optional<LocalDate> scoredAsOf;

    private PipesOfBatch(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    static PipesOfBatch current(JdbcTemplate jdbc) {
        if (!CurrentUnitOfWork.isStarted()) {
            return new PipesOfBatch(jdbc);
        }
        return CurrentUnitOfWork.get().root().getOrComputeResource(PipesOfBatch.class.getName(),
                key -> new PipesOfBatch(jdbc));
    }

    /** The date the backlog's active items were last scored as of (BacklogQueries), read once a batch. */
    Optional<LocalDate> scoredAsOf() {
        if (scoredAsOf == null) {
            scoredAsOf = jdbc.query("SELECT scored_as_of FROM backlog.scoring WHERE id = 1",
                    (rs, n) -> rs.getDate(1).toLocalDate()).stream().findFirst();
        }
        return scoredAsOf;
    }

    /** The pipe's facts, empty when the backlog has no row for it (or no pipe is named). */
    Optional<PipeFacts> get(String pipeId) {
        if (pipeId == null) {
            return Optional.empty();
        }
        if (!pipes.containsKey(pipeId)) {
            load(List.of(pipeId));
        }
        return pipes.get(pipeId);
    }

    /** Reads, in one query, the facts of those pipes this batch has not touched yet. */
    void load(Collection<String> pipeIds) {
        List<String> missing = pipeIds.stream().filter(id -> id != null && !pipes.containsKey(id)).distinct().toList();
        if (missing.isEmpty()) {
            return;
        }
        missing.forEach(id -> pipes.put(id, Optional.empty()));
        jdbc.query(LOAD, rs -> {
            pipes.put(rs.getString("pipe_id"), Optional.of(facts(rs)));
        }, (Object) missing.toArray(String[]::new));
    }

    /** The facts after a change its handler has queued for the pipe's row; nothing if the backlog has no row. */
    void changed(String pipeId, Optional<PipeFacts> facts) {
        pipes.put(pipeId, facts);
    }

    /** A registration inserts the row unless there is one; a pipe's registration comes before its other events. */
    void registered(String pipeId, PipeFacts facts) {
        if (pipes.getOrDefault(pipeId, Optional.empty()).isEmpty()) {
            pipes.put(pipeId, Optional.of(facts));
        }
    }

    /** Read the pipe again on its next touch: a write whose effect only the database knows has gone out. */
    void forget(String pipeId) {
        pipes.remove(pipeId);
    }

    private static PipeFacts facts(ResultSet rs) throws SQLException {
        Date inspected = rs.getDate("latest_inspection_on");
        List<LocalDate> breaks = new ArrayList<>();
        Array failedOn = rs.getArray(13);
        for (Object date : (Object[]) failedOn.getArray()) {
            breaks.add(((Date) date).toLocalDate());
        }
        return new PipeFacts(NetworkKind.valueOf(rs.getString("network_kind")), Material.valueOf(rs.getString("material")),
                rs.getInt("diameter_mm"), rs.getDouble("length_m"), rs.getInt("installation_year"), rs.getString("district"),
                rs.getInt("consequence_class"), inspected == null ? null : inspected.toLocalDate(),
                (Integer) rs.getObject("latest_grade"), (Integer) rs.getObject("renewed_year"), breaks,
                Conditions.read(rs.getString("condition")),
                rs.getObject("single_feed") == null ? ConsequenceFacts.UNKNOWN : ConsequenceFacts.ofCriticality(
                        rs.getInt("households_without_water"), rs.getInt("critical_customers"), rs.getBoolean("single_feed")));
    }
}
