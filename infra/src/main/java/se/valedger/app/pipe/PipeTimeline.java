package se.valedger.app.pipe;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.eventstore.DomainEventStream;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import se.valedger.kernel.NotFound;
import se.valedger.pipe.PipeAttributes;
import se.valedger.pipe.PipeState;

/** A pipe's past, straight from its event stream: its state as of an instant, and every event with who and when. */
@Component
public class PipeTimeline {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final EventStore eventStore;
    private final JdbcTemplate jdbc;

    PipeTimeline(EventStore eventStore, JdbcTemplate jdbc) {
        this.eventStore = eventStore;
        this.jdbc = jdbc;
    }

    public Map<String, Object> asOf(String pipeId, Instant asOf) {
        PipeState state = PipeState.NONE;
        long sequence = -1;
        Instant lastChange = null;
        DomainEventStream stream = eventStore.readEvents(pipeId);
        while (stream.hasNext()) {
            DomainEventMessage<?> event = stream.next();
            if (event.getTimestamp().isAfter(asOf)) {
                break;
            }
            state = state.apply(event.getPayload());
            sequence = event.getSequenceNumber();
            lastChange = event.getTimestamp();
        }
        if (!state.registered()) {
            throw new NotFound("No pipe with id " + pipeId + " was registered as of " + asOf);
        }
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("pipeId", state.pipeId());
        PipeAttributes attributes = state.attributes();
        for (String field : PipeAttributes.FIELDS) {
            view.put(field, attributes.get(field));
        }
        view.put("status", state.status());
        view.put("renewedYear", state.renewedYear());
        view.put("renewalMethod", state.renewalMethod());
        view.put("decommissionedOn", state.decommissionedOn());
        view.put("decommissionReason", state.decommissionReason());
        view.put("inspectionCount", state.inspectionCount());
        view.put("latestGrade", state.latestGrade());
        view.put("lastInspectedOn", state.lastInspectedOn());
        view.put("asOf", asOf);
        view.put("sequence", sequence);
        view.put("lastChangedAt", lastChange);
        return view;
    }

    public List<Map<String, Object>> history(String pipeId) {
        List<Map<String, Object>> events = jdbc.query("""
                SELECT payload_type, time_stamp, sequence_number, global_index, payload_revision, payload, meta_data
                FROM event_store.domain_event WHERE aggregate_identifier = ? AND type = 'Pipe'
                ORDER BY sequence_number""", (rs, n) -> {
            Map<String, Object> event = new LinkedHashMap<>();
            String type = rs.getString("payload_type");
            event.put("type", type.substring(type.lastIndexOf('.') + 1));
            event.put("time", rs.getString("time_stamp"));
            event.put("sequence", rs.getLong("sequence_number"));
            event.put("position", rs.getLong("global_index"));
            JsonNode metadata = json(rs.getBytes("meta_data"));
            event.put("user", metadata.path("user").isMissingNode() ? null : metadata.path("user").asText());
            event.put("clientAddress", metadata.path("clientAddress").isMissingNode() ? null
                    : metadata.path("clientAddress").asText());
            event.put("revision", rs.getString("payload_revision"));
            event.put("payload", json(rs.getBytes("payload")));
            return event;
        }, pipeId);
        if (events.isEmpty()) {
            throw new NotFound("No pipe with id " + pipeId + " is registered");
        }
        return new ArrayList<>(events);
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
