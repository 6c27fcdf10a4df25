package se.valedger.app;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventsourcing.eventstore.DomainEventStream;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.serialization.Serializer;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The event log on Axon's JDBC tables in PostgreSQL (the default engine; Flyway owns the schema). Switched like
 * the engine itself ({@code boot/EventStorageEngineConfig}): {@code axon.axonserver.enabled=false}.
 */
@Component
@ConditionalOnProperty(name = "axon.axonserver.enabled", havingValue = "false")
class JdbcEventLog implements EventLog {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final JdbcTemplate jdbc;
    private final EventStore eventStore;
    private final StoredTokens tokens;

    JdbcEventLog(JdbcTemplate jdbc, EventStore eventStore, Serializer serializer) {
        this.jdbc = jdbc;
        this.eventStore = eventStore;
        this.tokens = new StoredTokens(jdbc, serializer);
    }

    @Override
    public long head() {
        Long head = jdbc.queryForObject("SELECT coalesce(max(global_index), -1) FROM event_store.domain_event",
                Long.class);
        return head == null ? -1 : head;
    }

    /**
     * Within one aggregate positions grow with the sequence number (optimistic locking serialises its writers), so
     * right after a command this is at least the position of the command's own last event.
     */
    @Override
    public long lastPositionOf(String aggregateId) {
        List<Long> found = jdbc.queryForList("""
                SELECT global_index FROM event_store.domain_event WHERE aggregate_identifier = ?
                ORDER BY sequence_number DESC LIMIT 1""", Long.class, aggregateId);
        return found.isEmpty() ? -1 : found.get(0);
    }

    @Override
    public boolean startedWith(String aggregateId, Class<?> firstEvent) {
        return Boolean.TRUE.equals(jdbc.queryForObject("""
                SELECT EXISTS (SELECT 1 FROM event_store.domain_event WHERE aggregate_identifier = ?
                    AND sequence_number = 0 AND payload_type = ?)""", Boolean.class, aggregateId, firstEvent.getName()));
    }

    @Override
    public Map<String, Long> positionsOf(Collection<String> eventIdentifiers) {
        Map<String, Long> positions = new HashMap<>();
        if (!eventIdentifiers.isEmpty()) {
            jdbc.query("SELECT event_identifier, global_index FROM event_store.domain_event WHERE event_identifier = ANY (?)",
                    ps -> ps.setArray(1, ps.getConnection().createArrayOf("varchar", eventIdentifiers.toArray())),
                    rs -> {
                        positions.put(rs.getString(1), rs.getLong(2));
                    });
        }
        return positions;
    }

    /** As stored: payload and revision before any upcaster. */
    @Override
    public List<StoredEvent> historyOf(String aggregateId) {
        return jdbc.query("""
                SELECT type, payload_type, payload_revision, time_stamp, sequence_number, global_index, payload, meta_data
                FROM event_store.domain_event WHERE aggregate_identifier = ? ORDER BY sequence_number""",
                (rs, n) -> new StoredEvent(rs.getString("type"), rs.getString("payload_type"),
                        rs.getString("payload_revision"), rs.getString("time_stamp"), rs.getLong("sequence_number"),
                        rs.getLong("global_index"), json(rs.getBytes("payload")), json(rs.getBytes("meta_data"))),
                aggregateId);
    }

    @Override
    public DomainEventStream eventsOf(String aggregateId) {
        return eventStore.readEvents(aggregateId, 0);
    }

    @Override
    public List<TrackingToken> tokensOf(String processorName) {
        return tokens.of(processorName);
    }

    private static JsonNode json(byte[] bytes) {
        if (bytes == null) {
            return JSON.createObjectNode();
        }
        try {
            return JSON.readTree(bytes);
        } catch (IOException e) {
            throw new IllegalStateException("a stored event is not JSON", e);
        }
    }
}
