package se.valedger.boot;

import static org.assertj.core.api.Assertions.assertThat;

import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import se.valedger.testing.IntegrationTest;

@IntegrationTest
class KnownSnapshotsTest {

    @Autowired
    EventStorageEngine storage;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    PlatformTransactionManager transactions;

    @Test
    void aSnapshotThisNodeStoresIsReadBackAndAggregatesWithoutOneAreNotLookedUp() {
        assertThat(storage).isInstanceOf(KnownSnapshotsEventStorageEngine.class);
        assertThat(storage.readSnapshot("SNAP-1")).isEmpty();

        new TransactionTemplate(transactions).executeWithoutResult(status ->
                storage.storeSnapshot(new GenericDomainEventMessage<>("TreatmentPlant", "SNAP-1", 41, "state at 41")));

        assertThat(jdbc.queryForObject("SELECT count(*) FROM event_store.snapshot_event WHERE aggregate_identifier = 'SNAP-1'",
                Long.class)).isEqualTo(1L);
        assertThat(storage.readSnapshot("SNAP-1")).hasValueSatisfying(snapshot -> {
            assertThat(snapshot.getSequenceNumber()).isEqualTo(41);
            assertThat(snapshot.getPayload()).isEqualTo("state at 41");
        });
        assertThat(storage.readSnapshot("SNAP-2")).isEmpty();
    }
}
