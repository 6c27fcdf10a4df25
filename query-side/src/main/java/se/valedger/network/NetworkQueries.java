package se.valedger.network;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** Answers the network's queries: nodes, valves with their exercising, isolation of a pipe. */
@Component
class NetworkQueries {

    private final JdbcTemplate jdbc;
    private final NetworkGraph graph;

    NetworkQueries(JdbcTemplate jdbc, NetworkGraph graph) {
        this.jdbc = jdbc;
        this.graph = graph;
    }

    @QueryHandler
    Optional<NodeView> handle(FindNode query) {
        return jdbc.query("SELECT * FROM network.node WHERE node_id = ?", (rs, n) -> node(rs), query.nodeId())
                .stream().findFirst();
    }

    @QueryHandler
    NodePage handle(FindNodes query) {
        String where = query.kind() == null ? "" : " WHERE kind = ?";
        Object[] args = query.kind() == null ? new Object[0] : new Object[] {query.kind().name()};
        long total = jdbc.queryForObject("SELECT count(*) FROM network.node" + where, Long.class, args);
        List<Object> pageArgs = new ArrayList<>(List.of(args));
        pageArgs.add(query.size());
        pageArgs.add((long) query.page() * query.size());
        List<NodeView> items = jdbc.query("SELECT * FROM network.node" + where + " ORDER BY node_id LIMIT ? OFFSET ?",
                (rs, n) -> node(rs), pageArgs.toArray());
        return new NodePage(items, total, query.page(), query.size());
    }

    @QueryHandler
    Optional<ValveView> handle(FindValve query) {
        List<ExerciseView> history = jdbc.query("""
                SELECT * FROM network.valve_exercise WHERE valve_id = ? ORDER BY exercised_on DESC, sequence DESC""",
                (rs, n) -> new ExerciseView(rs.getDate("exercised_on").toLocalDate(), (Integer) rs.getObject("turns"),
                        ExerciseOutcome.valueOf(rs.getString("outcome")), rs.getString("note"), rs.getString("crew"),
                        ValveStatus.valueOf(rs.getString("status_after"))), query.valveId());
        return jdbc.query("SELECT * FROM network.valve WHERE valve_id = ?",
                (rs, n) -> valve(rs, query.today(), query.interval(), history), query.valveId()).stream().findFirst();
    }

    @QueryHandler
    ValvePage handle(FindValves query) {
        StringBuilder where = new StringBuilder(" WHERE true");
        List<Object> args = new ArrayList<>();
        if (query.pipeId() != null && !query.pipeId().isBlank()) {
            where.append(" AND pipe_id = ?");
            args.add(query.pipeId());
        }
        if (query.status() != null) {
            where.append(" AND status = ?");
            args.add(query.status().name());
        }
        String order = " ORDER BY valve_id";
        if (query.overdueOnly()) {
            // due = last exercise + interval; never exercised: due at once (ordered first)
            where.append(" AND kind = 'ISOLATION' AND (last_exercised_on IS NULL OR last_exercised_on <= ?)");
            args.add(Date.valueOf(query.today().minus(query.interval())));
            order = " ORDER BY last_exercised_on NULLS FIRST, valve_id";
        }
        long total = jdbc.queryForObject("SELECT count(*) FROM network.valve" + where, Long.class, args.toArray());
        List<Object> pageArgs = new ArrayList<>(args);
        pageArgs.add(query.size());
        pageArgs.add((long) query.page() * query.size());
        List<ValveView> items = jdbc.query("SELECT * FROM network.valve" + where + order + " LIMIT ? OFFSET ?",
                (rs, n) -> valve(rs, query.today(), query.interval(), List.of()), pageArgs.toArray());
        return new ValvePage(items, total, query.page(), query.size());
    }

    @QueryHandler
    IsolationResult handle(FindIsolation query) {
        NetworkModel model = graph.current();
        if (model.pipe(query.pipeId()) == null) {
            String unplaced = model.unplaced(query.pipeId());
            if (unplaced != null) {
                return new IsolationResult(null, "pipe " + query.pipeId() + " is not in the network graph: " + unplaced
                        + "; correct its startNode and endNode");
            }
            Boolean inService = jdbc.query("SELECT in_service FROM network.pipe WHERE pipe_id = ?",
                    rs -> rs.next() ? rs.getBoolean(1) : null, query.pipeId());
            if (Boolean.FALSE.equals(inService)) {
                return new IsolationResult(null, "pipe " + query.pipeId()
                        + " is decommissioned: it carries no water to isolate");
            }
            return new IsolationResult(null, null);
        }
        IsolationAnalysis analysis = new IsolationAnalysis(model);
        var before = analysis.supplied(analysis.closedAlready(), java.util.Set.of(), java.util.Set.of());
        return new IsolationResult(analysis.isolate(query.pipeId(), before), null);
    }

    @QueryHandler
    CriticalityResult handle(FindCriticality query) {
        IsolationResult isolation = handle(new FindIsolation(query.pipeId()));
        if (isolation.isolation() == null) {
            return new CriticalityResult(null, isolation.refusedBecause());
        }
        return new CriticalityResult(new CriticalityAnalysis(graph.current()).of(query.pipeId(), isolation.isolation()),
                null);
    }

    private static ValveView valve(ResultSet rs, LocalDate today, java.time.Period interval, List<ExerciseView> history)
            throws SQLException {
        Date last = rs.getDate("last_exercised_on");
        LocalDate lastOn = last == null ? null : last.toLocalDate();
        LocalDate due = lastOn == null ? null : lastOn.plus(interval);
        boolean isolating = ValveKind.ISOLATION.name().equals(rs.getString("kind"));
        boolean overdue = isolating && (due == null || !due.isAfter(today));
        return new ValveView(rs.getString("valve_id"), rs.getString("pipe_id"), rs.getString("node_id"),
                ValveKind.valueOf(rs.getString("kind")), ValveStatus.valueOf(rs.getString("status")),
                (Integer) rs.getObject("diameter_mm"), lastOn, due, overdue, history);
    }

    private static NodeView node(ResultSet rs) throws SQLException {
        NodeKind kind = NodeKind.valueOf(rs.getString("kind"));
        Object x = rs.getObject("x");
        NodePosition position = x == null ? null : new NodePosition(rs.getString("crs"), rs.getDouble("x"), rs.getDouble("y"));
        Map<String, String> attributes;
        try {
            attributes = NetworkProjection.JSON.readValue(rs.getString("attributes"), new TypeReference<>() { });
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
        return new NodeView(rs.getString("node_id"), kind, position, rs.getString("name"), attributes, kind.isSource());
    }
}
