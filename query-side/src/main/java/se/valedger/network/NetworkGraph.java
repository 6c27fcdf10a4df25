package se.valedger.network;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The network graph, built from the network read model and kept current by it: every event the graph depends on
 * bumps {@code network.graph_version}; a request finding a newer version than its cached graph rebuilds it, reading
 * the version and every table in one repeatable-read snapshot, so a graph is never half old, half new.
 */
@Component
class NetworkGraph {

    private final JdbcTemplate jdbc;
    private final TransactionTemplate snapshot;
    private volatile NetworkModel current;

    NetworkGraph(JdbcTemplate jdbc, PlatformTransactionManager transactions) {
        this.jdbc = jdbc;
        this.snapshot = new TransactionTemplate(transactions);
        snapshot.setIsolationLevel(TransactionDefinition.ISOLATION_REPEATABLE_READ);
        snapshot.setReadOnly(true);
    }

    NetworkModel current() {
        NetworkModel model = current;
        Long version = jdbc.queryForObject("SELECT version FROM network.graph_version WHERE id = 1", Long.class);
        if (model != null && model.version() == version) {
            return model;
        }
        synchronized (this) {
            if (current == null || current.version() != jdbc.queryForObject(
                    "SELECT version FROM network.graph_version WHERE id = 1", Long.class)) {
                current = snapshot.execute(status -> load());
            }
            return current;
        }
    }

    private NetworkModel load() {
        long version = jdbc.queryForObject("SELECT version FROM network.graph_version WHERE id = 1", Long.class);
        NetworkModel model = new NetworkModel(version);
        jdbc.query("SELECT node_id, kind FROM network.node", rs -> {
            model.node(rs.getString(1), NodeKind.valueOf(rs.getString(2)));
        });
        jdbc.query("SELECT pipe_id, start_node, end_node, length_m FROM network.pipe WHERE in_service", rs -> {
            model.link(new NetworkModel.Link(rs.getString(1), true, "PIPE", rs.getDouble(4), rs.getString(2),
                    rs.getString(3)));
        });
        jdbc.query("SELECT link_id, kind, from_node, to_node FROM network.link", rs -> {
            model.link(new NetworkModel.Link(rs.getString(1), false, rs.getString(2), 0, rs.getString(3), rs.getString(4)));
        });
        jdbc.query("SELECT valve_id, pipe_id, node_id, kind, status FROM network.valve", rs -> {
            model.valve(rs.getString(2), rs.getString(3), new NetworkModel.ValveAt(rs.getString(1),
                    ValveKind.valueOf(rs.getString(4)), ValveStatus.valueOf(rs.getString(5))));
        });
        jdbc.query("SELECT node_id, pipe_id, households FROM network.service_connection", rs -> {
            model.households(rs.getString(1), rs.getString(2), rs.getInt(3));
        });
        jdbc.query("SELECT customer_id, name, kind, node_id, pipe_id FROM network.critical_customer", rs -> {
            model.criticalCustomer(new CriticalCustomerView(rs.getString(1), rs.getString(2),
                    CustomerKind.valueOf(rs.getString(3)), rs.getString(4), rs.getString(5)));
        });
        return model;
    }
}
