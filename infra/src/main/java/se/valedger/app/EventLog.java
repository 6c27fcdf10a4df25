package se.valedger.app;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventsourcing.eventstore.DomainEventStream;

/**
 * The one port onto the event log and Axon's own tables: which aggregates exist, where their events stand, an
 * aggregate's history, and how far each processor has read. Nothing else in the application reads
 * {@code event_store.*} ({@code EventLogTablesTest} holds it so), so the JDBC engine ({@link JdbcEventLog}) and
 * Axon Server ({@link AxonServerEventLog}) answer the same questions through the same port.
 */
public interface EventLog {

    /** The position of the newest event in the log, or -1 when the log is empty. */
    long head();

    /**
     * At least the position of the aggregate's newest event, or -1 when it has none: right after a command, waiting
     * for it gives read-your-writes. The JDBC log answers the exact position; Axon Server has no position per
     * aggregate event, so it answers the head of the log when the aggregate has events.
     */
    long lastPositionOf(String aggregateId);

    /** Whether the aggregate's first event is of this type (a plant is registered, a pipe is registered). */
    boolean startedWith(String aggregateId, Class<?> firstEvent);

    /**
     * The positions of the events with these identifiers; identifiers not (yet) in the log are left out. Axon
     * Server has no look-up by event identifier, so there the answer is always empty.
     */
    Map<String, Long> positionsOf(Collection<String> eventIdentifiers);

    /** The aggregate's events in sequence order, payload and metadata as JSON. */
    List<StoredEvent> historyOf(String aggregateId);

    /** The aggregate's events as messages from the first (never a snapshot), upcast, for folding a state as of an instant. */
    DomainEventStream eventsOf(String aggregateId);

    /** The processor's tokens as stored, one per segment, whichever node holds them (null: not started). */
    List<TrackingToken> tokensOf(String processorName);

    /**
     * One stored event of an aggregate's history.
     *
     * @param aggregateType the aggregate's type, e.g. {@code Pipe}
     * @param position      the event's global position; null where the log cannot tell (Axon Server)
     */
    record StoredEvent(String aggregateType, String payloadType, String revision, String timestamp, long sequence,
                       Long position, JsonNode payload, JsonNode metadata) {

        /** The payload's simple class name, e.g. {@code PipeRegistered}. */
        public String simpleType() {
            return payloadType.substring(payloadType.lastIndexOf('.') + 1);
        }
    }
}
