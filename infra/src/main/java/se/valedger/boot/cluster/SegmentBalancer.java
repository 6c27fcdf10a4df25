package se.valedger.boot.cluster;

import java.time.Duration;
import java.util.Map;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.EventProcessor;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import se.valedger.app.ClusterSettings;
import se.valedger.app.EventLog;
import se.valedger.app.ThisNode;

/**
 * Shares processor segments between the nodes running on one database. Every node records a
 * heartbeat in {@code reliability.node}; a node holding more segments of a processor than its fair
 * share (segments / live nodes, rounded up) releases one, and another node's coordinator claims it.
 * A node that stops releases its claims; one that dies loses them after the token claim timeout,
 * and the survivors take them over. The node id is the token store's owner name (pid@host).
 */
@Component
public class SegmentBalancer implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(SegmentBalancer.class);
    public static final String NODE_ID = ThisNode.ID;

    private final JdbcTemplate jdbc;
    private final EventProcessingConfiguration processing;
    private final EventLog eventLog;
    private final Duration liveness;
    private volatile boolean running;

    SegmentBalancer(JdbcTemplate jdbc, EventProcessingConfiguration processing, EventLog eventLog,
                    ClusterSettings cluster) {
        this.jdbc = jdbc;
        this.processing = processing;
        this.eventLog = eventLog;
        this.liveness = cluster.nodeLiveness();
    }

    @Scheduled(fixedDelayString = "${valedger.cluster.balance-interval:" + ClusterSettings.BALANCE_INTERVAL + "}")
    void balance() {
        if (!running) {
            return;
        }
        try {
            jdbc.update("""
                    INSERT INTO reliability.node (node_id, last_seen) VALUES (?, now())
                    ON CONFLICT (node_id) DO UPDATE SET last_seen = now()""", NODE_ID);
            Integer live = jdbc.queryForObject("SELECT count(*) FROM reliability.node WHERE last_seen > now() - ?::interval",
                    Integer.class, liveness.toMillis() + " milliseconds");
            if (live == null || live <= 1) {
                return;
            }
            for (Map.Entry<String, EventProcessor> entry : processing.eventProcessors().entrySet()) {
                if (entry.getValue() instanceof StreamingEventProcessor streaming) {
                    releaseAboveFairShare(entry.getKey(), streaming, live);
                }
            }
        } catch (RuntimeException e) {
            log.debug("segment balancing skipped: {}", e.toString());
        }
    }

    private void releaseAboveFairShare(String name, StreamingEventProcessor processor, int liveNodes) {
        int segments = eventLog.tokensOf(name).size();
        int owned = processor.processingStatus().size();
        int fairShare = (segments + liveNodes - 1) / liveNodes;
        if (segments > 0 && owned > fairShare) {
            int segment = processor.processingStatus().keySet().stream().max(Integer::compare).orElseThrow();
            log.info("{} holds {} of {} segments of {} with {} live nodes; releasing segment {}", NODE_ID, owned,
                    segments, name, liveNodes, segment);
            processor.releaseSegment(segment);
        }
    }

    @Override
    public void start() {
        running = true;
    }

    @Override
    public void stop() {
        running = false;
        try {
            jdbc.update("DELETE FROM reliability.node WHERE node_id = ?", NODE_ID);
        } catch (RuntimeException e) {
            log.debug("could not sign off node {}: {}", NODE_ID, e.toString());
        }
    }

    @Override
    public boolean isRunning() {
        return running;
    }
}
