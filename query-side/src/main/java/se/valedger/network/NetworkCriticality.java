package se.valedger.network;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Keeps {@code network.pipe_criticality} current: every {@code valedger.network.criticality-refresh} (default one
 * minute) it checks the graph's version and, when the graph has changed, computes every pipe's criticality
 * ({@link CriticalityAnalysis}) and replaces the table in one transaction. The risk score's consequence factors read
 * the table; {@code GET /api/pipes/{id}/criticality} computes one pipe live.
 */
@Component
class NetworkCriticality {

    private static final Logger log = LoggerFactory.getLogger(NetworkCriticality.class);

    private final NetworkGraph graph;
    private final JdbcTemplate jdbc;
    private final TransactionTemplate transaction;
    private final Clock clock;

    NetworkCriticality(NetworkGraph graph, JdbcTemplate jdbc, PlatformTransactionManager transactions, Clock clock) {
        this.graph = graph;
        this.jdbc = jdbc;
        this.transaction = new TransactionTemplate(transactions);
        this.clock = clock;
    }

    @Scheduled(fixedDelayString = "${valedger.network.criticality-refresh:PT1M}",
            initialDelayString = "${valedger.network.criticality-refresh:PT1M}")
    void refreshIfStale() {
        NetworkModel model = graph.current();
        Long stored = jdbc.query("SELECT max(graph_version) FROM network.pipe_criticality",
                rs -> rs.next() ? (Long) rs.getObject(1) : null);
        if (stored != null && stored == model.version() || model.pipes().isEmpty()) {
            return;
        }
        long started = System.nanoTime();
        Map<String, Criticality> all = new CriticalityAnalysis(model).all();
        Timestamp now = Timestamp.from(clock.instant());
        List<Object[]> rows = new ArrayList<>();
        for (Criticality c : all.values()) {
            rows.add(new Object[] {c.pipeId(), c.householdsWithoutWater(), c.criticalCustomers().size(),
                    String.join(",", c.criticalCustomers().stream().map(CriticalCustomerView::customerId).toList()),
                    c.singleFeed(), c.nodesFedOnlyThroughIt(), model.version(), now});
        }
        transaction.executeWithoutResult(status -> {
            jdbc.update("DELETE FROM network.pipe_criticality");
            jdbc.batchUpdate("""
                    INSERT INTO network.pipe_criticality (pipe_id, households_without_water, critical_customers,
                        critical_customer_ids, single_feed, nodes_fed_only_through_it, graph_version, computed_at)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?)""", rows);
        });
        log.info("criticality of {} pipes computed in {} ms (graph version {})", rows.size(),
                (System.nanoTime() - started) / 1_000_000, model.version());
    }
}
