package se.valedger.app;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.axonframework.common.DateTimeUtils;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventsourcing.eventstore.DomainEventStream;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.serialization.SerializedObject;
import org.axonframework.serialization.Serializer;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The event log through Axon's {@link EventStore} API, for when the Axon Server connector holds the events
 * ({@code axon.axonserver.enabled=true}, the {@code axonserver} profile). Every answer asks the server; when it
 * cannot be reached the call fails with the connector's exception, never with an empty answer.
 *
 * <p>What Axon Server does not tell: an aggregate's events read by aggregate carry no global position (only a
 * tracking read gives a {@code TrackedEventMessage} with a token), and there is no look-up by event identifier.
 * So {@link #lastPositionOf} answers the head of the log (an upper bound, enough for read-your-writes),
 * {@link #positionsOf} answers nothing (the audit entry keeps event ids and leaves positions empty) and the
 * history's positions are null. History payloads are the upcast messages serialized again with the event
 * serializer (the JDBC log shows them as stored).
 */
@Component
@ConditionalOnProperty(name = "axon.axonserver.enabled", havingValue = "true", matchIfMissing = true)
class AxonServerEventLog implements EventLog {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final EventStore eventStore;
    private final Serializer eventSerializer;
    private final StoredTokens tokens;

    AxonServerEventLog(EventStore eventStore, @Qualifier("eventSerializer") Serializer eventSerializer,
                       JdbcTemplate jdbc, Serializer serializer) {
        this.eventStore = eventStore;
        this.eventSerializer = eventSerializer;
        this.tokens = new StoredTokens(jdbc, serializer);
    }

    @Override
    public long head() {
        TrackingToken head = eventStore.createHeadToken();
        return head == null ? -1 : head.position().orElse(-1);
    }

    @Override
    public long lastPositionOf(String aggregateId) {
        return eventStore.lastSequenceNumberFor(aggregateId).isPresent() ? head() : -1;
    }

    @Override
    public boolean startedWith(String aggregateId, Class<?> firstEvent) {
        List<DomainEventMessage<?>> events = eventsFromTheFirst(aggregateId);
        return !events.isEmpty() && firstEvent.isAssignableFrom(events.get(0).getPayloadType());
    }

    @Override
    public Map<String, Long> positionsOf(Collection<String> eventIdentifiers) {
        return Map.of();
    }

    @Override
    public List<StoredEvent> historyOf(String aggregateId) {
        List<StoredEvent> history = new ArrayList<>();
        for (DomainEventMessage<?> event : eventsFromTheFirst(aggregateId)) {
            SerializedObject<byte[]> payload = eventSerializer.serialize(event.getPayload(), byte[].class);
            SerializedObject<byte[]> metadata = eventSerializer.serialize(event.getMetaData(), byte[].class);
            history.add(new StoredEvent(event.getType(), event.getPayloadType().getName(),
                    payload.getType().getRevision(), DateTimeUtils.formatInstant(event.getTimestamp()),
                    event.getSequenceNumber(), null, json(payload.getData()), json(metadata.getData())));
        }
        return history;
    }

    @Override
    public DomainEventStream eventsOf(String aggregateId) {
        return DomainEventStream.of(eventsFromTheFirst(aggregateId));
    }

    /**
     * The aggregate's events from sequence 0. A short or empty read would look like an aggregate without (those)
     * events, and Göviken or a pipe would be registered again; whether the connector's aggregate stream reports a
     * lost server or just ends is not pinned down here. So the highest sequence is asked first (a call that fails
     * when the server is away, {@code EventLogUnderAxonServerTest}) and a read shorter than that is refused.
     */
    private List<DomainEventMessage<?>> eventsFromTheFirst(String aggregateId) {
        Optional<Long> last = eventStore.lastSequenceNumberFor(aggregateId);
        if (last.isEmpty()) {
            return List.of();
        }
        List<DomainEventMessage<?>> events = new ArrayList<>();
        DomainEventStream stream = eventStore.readEvents(aggregateId, 0);
        while (stream.hasNext()) {
            events.add(stream.next());
        }
        if (events.isEmpty() || events.get(events.size() - 1).getSequenceNumber() < last.get()) {
            throw new IllegalStateException("Axon Server answered " + events.size() + " events of " + aggregateId
                    + " whose last sequence is " + last.get() + "; the event log cannot be read");
        }
        return events;
    }

    @Override
    public List<TrackingToken> tokensOf(String processorName) {
        return tokens.of(processorName);
    }

    private static JsonNode json(byte[] bytes) {
        try {
            return JSON.readTree(bytes);
        } catch (IOException e) {
            throw new IllegalStateException("an event does not serialize to JSON", e);
        }
    }
}
