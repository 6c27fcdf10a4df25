package se.valedger.app;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.axonframework.eventhandling.TrackingToken;

/**
 * The one port onto the event log and Axon's own tables: which aggregates exist, where their events stand, an
 * aggregate's history, and how far each processor has read. Nothing else in the application reads
 * {@code event_store.*} (ArchUnit and a source check hold it so), so the JDBC engine and Axon Server answer the
 * same questions through the same port.
 */
public interface EventLog {

    /** The position of the newest event in the log, or -1 when the log is empty. */
    long head();

    /** The position of the aggregate's newest event, or -1 when it has none. */
    long lastPositionOf(String aggregateId);

    /** Whether the aggregate's first event is of this type (a plant is registered, a pipe is registered). */
    boolean startedWith(String aggregateId, Class<?> firstEvent);

    /** The positions of the events with these identifiers; identifiers not (yet) in the log are left out. */
    Map<String, Long> positionsOf(Collection<String> eventIdentifiers);

    /** The aggregate's events in sequence order, as stored (payload and metadata as JSON). */
    List<StoredEvent> historyOf(String aggregateId);

    /** The processor's tokens as stored, one per segment, whichever node holds them (null: not started). */
    List<TrackingToken> tokensOf(String processorName);

    /** One stored event of an aggregate's history. */
    record StoredEvent(String payloadType, String revision, String timestamp, long sequence, long position,
                       JsonNode payload, JsonNode metadata) {

        /** The payload's simple class name, e.g. {@code PipeRegistered}. */
        public String simpleType() {
            return payloadType.substring(payloadType.lastIndexOf('.') + 1);
        }
    }
}
