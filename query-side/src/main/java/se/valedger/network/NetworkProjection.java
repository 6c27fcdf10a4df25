package se.valedger.network;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.sql.Date;
import java.util.Map;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import se.valedger.pipe.PipeAttributes;
import se.valedger.pipe.PipeCorrected;
import se.valedger.pipe.PipeDecommissioned;
import se.valedger.pipe.PipeRegistered;
import se.valedger.pipe.PipeRenewed;
import se.valedger.projection.ReadModel;

/**
 * The network's topology: nodes, valves (with their exercising), pumps and control valves, and each pipe's two
 * ends and length, taken from the same pipe events the register reads (the event log stays the one source of
 * truth). Every change the graph depends on bumps {@code network.graph_version} in the same transaction, so
 * {@link NetworkGraph} knows when its cached graph is stale.
 */
@Component
@ProcessingGroup(NetworkProjection.GROUP)
class NetworkProjection implements ReadModel {

    static final String GROUP = "network";
    static final String SCHEMA = "network";
    static final ObjectMapper JSON = new ObjectMapper();

    private final JdbcTemplate jdbc;

    NetworkProjection(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public String processingGroup() {
        return GROUP;
    }

    @Override
    public String schema() {
        return SCHEMA;
    }

    @EventHandler
    void on(NodeRegistered e) {
        NodePosition p = e.position();
        jdbc.update("""
                INSERT INTO network.node (node_id, kind, crs, x, y, name, attributes) VALUES (?, ?, ?, ?, ?, ?, ?::jsonb)
                ON CONFLICT (node_id) DO NOTHING""", e.nodeId(), e.kind().name(), p == null ? null : p.crs(),
                p == null ? null : p.x(), p == null ? null : p.y(), e.name(), json(e.attributes()));
        graphChanged();
    }

    @EventHandler
    void on(NodeCorrected e) {
        NodePosition p = e.position();
        jdbc.update("UPDATE network.node SET kind = ?, crs = ?, x = ?, y = ?, name = ?, attributes = ?::jsonb WHERE node_id = ?",
                e.kind().name(), p == null ? null : p.crs(), p == null ? null : p.x(), p == null ? null : p.y(),
                e.name(), json(e.attributes()), e.nodeId());
        graphChanged();
    }

    @EventHandler
    void on(ValveRegistered e) {
        jdbc.update("""
                INSERT INTO network.valve (valve_id, pipe_id, node_id, kind, status, diameter_mm) VALUES (?, ?, ?, ?, ?, ?)
                ON CONFLICT (valve_id) DO NOTHING""", e.valveId(), e.pipeId(), e.nodeId(), e.kind().name(),
                e.status().name(), e.diameterMm());
        graphChanged();
    }

    @EventHandler
    void on(ValveCorrected e) {
        jdbc.update("UPDATE network.valve SET pipe_id = ?, node_id = ?, kind = ?, status = ?, diameter_mm = ? WHERE valve_id = ?",
                e.pipeId(), e.nodeId(), e.kind().name(), e.status().name(), e.diameterMm(), e.valveId());
        graphChanged();
    }

    @EventHandler
    void on(ValveExercised e, @SequenceNumber long sequence) {
        jdbc.update("""
                INSERT INTO network.valve_exercise (valve_id, sequence, exercised_on, turns, outcome, note, crew, status_after)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING""", e.valveId(), sequence, Date.valueOf(e.date()),
                e.turns(), e.outcome().name(), e.note(), e.crew(), e.statusAfter().name());
        jdbc.update("""
                UPDATE network.valve SET status = ?, last_exercised_on = GREATEST(last_exercised_on, ?) WHERE valve_id = ?""",
                e.statusAfter().name(), Date.valueOf(e.date()), e.valveId());
        if (e.statusAfter() != e.statusBefore()) {
            graphChanged();
        }
    }

    @EventHandler
    void on(NetworkLinkRegistered e) {
        jdbc.update("INSERT INTO network.link (link_id, kind, from_node, to_node) VALUES (?, ?, ?, ?) ON CONFLICT DO NOTHING",
                e.linkId(), e.kind().name(), e.fromNode(), e.toNode());
        graphChanged();
    }

    @EventHandler
    void on(NetworkLinkCorrected e) {
        jdbc.update("UPDATE network.link SET kind = ?, from_node = ?, to_node = ? WHERE link_id = ?",
                e.kind().name(), e.fromNode(), e.toNode(), e.linkId());
        graphChanged();
    }

    @EventHandler
    void on(PipeRegistered e) {
        jdbc.update("""
                INSERT INTO network.pipe (pipe_id, network_kind, start_node, end_node, length_m, diameter_mm, in_service)
                VALUES (?, ?, ?, ?, ?, ?, true) ON CONFLICT (pipe_id) DO NOTHING""", e.pipeId(), e.networkKind().name(),
                e.startNode(), e.endNode(), e.lengthM(), e.diameterMm());
        graphChanged();
    }

    @EventHandler
    void on(PipeCorrected e) {
        PipeAttributes a = e.corrected();
        jdbc.update("UPDATE network.pipe SET network_kind = ?, start_node = ?, end_node = ?, length_m = ?, diameter_mm = ? "
                + "WHERE pipe_id = ?", a.networkKind().name(), a.startNode(), a.endNode(), a.lengthM(), a.diameterMm(),
                e.pipeId());
        graphChanged();
    }

    @EventHandler
    void on(PipeRenewed e) {
        jdbc.update("UPDATE network.pipe SET diameter_mm = ? WHERE pipe_id = ?", e.diameterMm(), e.pipeId());
    }

    @EventHandler
    void on(PipeDecommissioned e) {
        jdbc.update("UPDATE network.pipe SET in_service = false WHERE pipe_id = ?", e.pipeId());
        graphChanged();
    }

    @EventHandler
    void on(ServiceConnectionRegistered e) {
        jdbc.update("""
                INSERT INTO network.service_connection (connection_id, node_id, pipe_id, households, address, property_id)
                VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING""", e.connectionId(), e.nodeId(), e.pipeId(),
                e.households(), e.address(), e.propertyId());
        graphChanged();
    }

    @EventHandler
    void on(CriticalCustomerRegistered e) {
        jdbc.update("INSERT INTO network.critical_customer (customer_id, name, kind, node_id, pipe_id) VALUES (?, ?, ?, ?, ?) "
                + "ON CONFLICT DO NOTHING", e.customerId(), e.name(), e.kind().name(), e.nodeId(), e.pipeId());
        graphChanged();
    }

    @ResetHandler
    void reset() {
        jdbc.update("TRUNCATE network.node, network.valve, network.valve_exercise, network.pipe, network.link, "
                + "network.service_connection, network.critical_customer");
        graphChanged();
    }

    private void graphChanged() {
        jdbc.update("UPDATE network.graph_version SET version = version + 1 WHERE id = 1");
    }

    private static String json(Map<String, String> attributes) {
        try {
            return JSON.writeValueAsString(attributes == null ? Map.of() : attributes);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
