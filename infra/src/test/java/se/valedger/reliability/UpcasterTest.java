package se.valedger.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.serialization.Revision;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestComponent;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import se.valedger.boot.evolution.JsonUpcaster;
import se.valedger.testing.IntegrationTest;

/** An old revision written as raw JSON into the event table is read back as the current one. */
@IntegrationTest
@Import(UpcasterTest.MeterReadingRevision1To2.class)
class UpcasterTest {

    /** Revision 2 renamed {@code valueM3} to {@code volumeM3} and added the reading's source. */
    @Revision("2")
    record MeterReadingTaken(String meterId, double volumeM3, String source) {
    }

    @TestComponent
    static class MeterReadingRevision1To2 extends JsonUpcaster {
        MeterReadingRevision1To2() {
            super(MeterReadingTaken.class, "1", "2");
        }

        @Override
        protected void upcast(ObjectNode event) {
            event.set("volumeM3", event.remove("valueM3"));
            event.put("source", "MANUAL");
        }
    }

    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    EventStore eventStore;

    @Test
    void aRevisionOneEventStoredLongAgoIsReadAsRevisionTwo() {
        insert("METER-1", 0, "1", "{\"meterId\":\"METER-1\",\"valueM3\":12.5}");
        insert("METER-1", 1, "2", "{\"meterId\":\"METER-1\",\"volumeM3\":13.0,\"source\":\"AMR\"}");

        List<Object> payloads = eventStore.readEvents("METER-1").asStream()
                .map(event -> (Object) event.getPayload()).toList();

        assertThat(payloads).containsExactly(
                new MeterReadingTaken("METER-1", 12.5, "MANUAL"),
                new MeterReadingTaken("METER-1", 13.0, "AMR"));
    }

    private void insert(String aggregate, long sequence, String revision, String json) {
        jdbc.update("""
                INSERT INTO event_store.domain_event (aggregate_identifier, sequence_number, type, event_identifier,
                    meta_data, payload, payload_revision, payload_type, time_stamp)
                VALUES (?, ?, 'Meter', ?, ?, ?, ?, ?, '2020-01-01T00:00:00Z')""",
                aggregate, sequence, java.util.UUID.randomUUID().toString(), "{}".getBytes(StandardCharsets.UTF_8),
                json.getBytes(StandardCharsets.UTF_8), revision, MeterReadingTaken.class.getName());
    }
}
