package se.valedger.app.pipe;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.eventstore.DomainEventStream;
import org.springframework.stereotype.Component;
import se.valedger.app.EventLog.StoredEvent;
import se.valedger.app.EventLog;
import se.valedger.kernel.NotFound;
import se.valedger.pipe.PipeAttributes;
import se.valedger.pipe.PipeState;

/** A pipe's past, straight from its event stream: its state as of an instant, and every event with who and when. */
@Component
public class PipeTimeline {

    /** The aggregate type Axon stores for a pipe's events (the aggregate class's simple name). */
    private static final String PIPE = "Pipe";

    private final EventLog log;

    PipeTimeline(EventLog log) {
        this.log = log;
    }

    public Map<String, Object> asOf(String pipeId, Instant asOf) {
        PipeState state = PipeState.NONE;
        long sequence = -1;
        Instant lastChange = null;
        DomainEventStream stream = log.eventsOf(pipeId);
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
        view.put("assumed", attributes.assumedOrNone());
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
        List<Map<String, Object>> events = new ArrayList<>();
        for (StoredEvent stored : log.historyOf(pipeId)) {
            if (!PIPE.equals(stored.aggregateType())) {
                continue;
            }
            Map<String, Object> event = new LinkedHashMap<>();
            event.put("type", stored.simpleType());
            event.put("time", stored.timestamp());
            event.put("sequence", stored.sequence());
            event.put("position", stored.position());
            JsonNode metadata = stored.metadata();
            event.put("user", metadata.path("user").isMissingNode() ? null : metadata.path("user").asText());
            event.put("clientAddress", metadata.path("clientAddress").isMissingNode() ? null
                    : metadata.path("clientAddress").asText());
            event.put("revision", stored.revision());
            event.put("payload", stored.payload());
            events.add(event);
        }
        if (events.isEmpty()) {
            throw new NotFound("No pipe with id " + pipeId + " is registered");
        }
        return events;
    }
}
