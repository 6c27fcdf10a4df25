package se.valedger.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventsourcing.eventstore.DomainEventStream;
import org.axonframework.eventsourcing.eventstore.EmbeddedEventStore;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.eventsourcing.eventstore.inmemory.InMemoryEventStorageEngine;
import org.axonframework.serialization.json.JacksonSerializer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import se.valedger.app.EventLog.StoredEvent;

/**
 * {@link AxonServerEventLog} asks only Axon's {@link EventStore} API. Axon Server itself is outside our system and
 * does not run here, so Axon's in-memory event store stands in for it as a test double: it answers the same
 * API calls (readEvents, lastSequenceNumberFor, createHeadToken with a global sequence token), which is what this
 * test pins. Tokens are not read here: they stay in PostgreSQL in both modes ({@link StoredTokens}).
 */
class AxonServerEventLogTest {

    record PlantRegistered(String plantId, int personEquivalents) {
    }

    record PermitChanged(String plantId, int personEquivalents) {
    }

    private final EmbeddedEventStore axonServerStandIn = EmbeddedEventStore.builder()
            .storageEngine(new InMemoryEventStorageEngine()).build();
    private final EventLog log = new AxonServerEventLog(axonServerStandIn,
            JacksonSerializer.builder().objectMapper(StoredJson.mapper()).build(), null, null);

    @AfterEach
    void shutDown() {
        axonServerStandIn.shutDown();
    }

    private void store(String aggregateId, long sequence, Object payload) {
        axonServerStandIn.publish(new GenericDomainEventMessage<>("TreatmentPlant", aggregateId, sequence, payload,
                Map.of("user", "e.ek", "clientAddress", "10.0.0.7"), "event-" + aggregateId + "-" + sequence,
                Instant.parse("2026-11-0" + (sequence + 1) + "T08:00:00Z")));
    }

    @Test
    void anEmptyLogHasNoHeadAndNoAggregates() {
        assertThat(log.head()).isEqualTo(-1);
        assertThat(log.lastPositionOf("goviken")).isEqualTo(-1);
        assertThat(log.startedWith("goviken", PlantRegistered.class)).isFalse();
        assertThat(log.historyOf("goviken")).isEmpty();
    }

    @Test
    void theHeadIsThePositionOfTheNewestEventAndStandsInForAnAggregatesLastPosition() {
        store("goviken", 0, new PlantRegistered("goviken", 75000));
        store("brunflo", 0, new PlantRegistered("brunflo", 4000));
        store("goviken", 1, new PermitChanged("goviken", 80000));

        assertThat(log.head()).isEqualTo(2);
        assertThat(log.lastPositionOf("brunflo")).as("at least its own newest event, position 1").isEqualTo(2);
        assertThat(log.lastPositionOf("lit")).isEqualTo(-1);
    }

    @Test
    void anAggregateStartedWithTheTypeOfItsFirstEventOnly() {
        store("goviken", 0, new PlantRegistered("goviken", 75000));
        store("goviken", 1, new PermitChanged("goviken", 80000));

        assertThat(log.startedWith("goviken", PlantRegistered.class)).isTrue();
        assertThat(log.startedWith("goviken", PermitChanged.class)).isFalse();
    }

    @Test
    void historyHasEveryEventInSequenceWithPayloadAndMetadataAsJsonButNoPositions() {
        store("goviken", 0, new PlantRegistered("goviken", 75000));
        store("goviken", 1, new PermitChanged("goviken", 80000));

        List<StoredEvent> history = log.historyOf("goviken");

        assertThat(history).extracting(StoredEvent::sequence).containsExactly(0L, 1L);
        assertThat(history).extracting(StoredEvent::payloadType)
                .containsExactly(PlantRegistered.class.getName(), PermitChanged.class.getName());
        assertThat(history).extracting(StoredEvent::aggregateType).containsOnly("TreatmentPlant");
        assertThat(history).extracting(StoredEvent::position).containsOnlyNulls();
        assertThat(history.get(1).payload().path("personEquivalents").asInt()).isEqualTo(80000);
        assertThat(history.get(1).metadata().path("user").asText()).isEqualTo("e.ek");
        assertThat(history.get(1).timestamp()).startsWith("2026-11-02T08:00:00");
    }

    @Test
    void eventsOfAnAggregateComeBackAsMessagesToFoldAndPositionsByIdentifierAreUnknown() {
        store("goviken", 0, new PlantRegistered("goviken", 75000));
        store("goviken", 1, new PermitChanged("goviken", 80000));

        DomainEventStream events = log.eventsOf("goviken");
        List<Object> payloads = events.asStream().map(DomainEventMessage::getPayload).map(Object.class::cast).toList();

        assertThat(payloads).containsExactly(new PlantRegistered("goviken", 75000), new PermitChanged("goviken", 80000));
        assertThat(log.positionsOf(List.of("event-goviken-0"))).isEmpty();
    }

    @Test
    void aReadThatEndsBeforeTheAggregatesLastSequenceIsRefusedNotTakenAsNoEvents() {
        store("goviken", 0, new PlantRegistered("goviken", 75000));
        // A stand-in that knows the aggregate reaches sequence 0 but whose read of it comes back empty.
        EmbeddedEventStore endsEarly = new EmbeddedEventStore(EmbeddedEventStore.builder()
                .storageEngine(new InMemoryEventStorageEngine())) {
            @Override
            public java.util.Optional<Long> lastSequenceNumberFor(String aggregateId) {
                return axonServerStandIn.lastSequenceNumberFor(aggregateId);
            }
        };
        EventLog cutOff = new AxonServerEventLog(endsEarly,
                JacksonSerializer.builder().objectMapper(StoredJson.mapper()).build(), null, null);

        assertThatThrownBy(() -> cutOff.startedWith("goviken", PlantRegistered.class))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("cannot be read");
        assertThatThrownBy(() -> cutOff.historyOf("goviken")).isInstanceOf(IllegalStateException.class);
        endsEarly.shutDown();
    }
}
