package se.valedger.boot;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.common.caching.Cache;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.axonframework.messaging.MetaData;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import se.valedger.pipe.CorrectPipe;
import se.valedger.pipe.FieldChange;
import se.valedger.pipe.Geometry;
import se.valedger.pipe.InspectionMethod;
import se.valedger.pipe.LogInspection;
import se.valedger.pipe.Material;
import se.valedger.pipe.NetworkKind;
import se.valedger.pipe.PipeAttributes;
import se.valedger.pipe.PipeCorrected;
import se.valedger.pipe.Point;
import se.valedger.pipe.RegisterPipe;
import se.valedger.testing.IntegrationTest;

/**
 * The aggregate cache must never make this node judge a command on an outdated pipe: another node
 * (simulated by appending to the store without this node's repository) may have changed it.
 */
@IntegrationTest
class AggregateCacheTest {

    @Autowired
    CommandGateway commands;
    @Autowired
    EventStorageEngine storage;
    @Autowired
    PlatformTransactionManager transactions;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    @Qualifier("pipeCache")
    Cache pipeCache;

    @Test
    void aPipeJustWorkedOnIsServedFromTheCacheUntilAnotherNodeAppendsToIt() {
        commands.sendAndWait(register("CACHE-1"));
        commands.sendAndWait(inspection("CACHE-1"));
        assertThat((Object) pipeCache.get("CACHE-1")).as("kept after its command committed").isNotNull();

        appendAsAnotherNode("CACHE-1", 2, Material.PE);

        assertThat((Object) pipeCache.get("CACHE-1")).as("one version behind the store: not served").isNull();
        assertThat(pipeCache.containsKey("CACHE-1")).as("and dropped").isFalse();
    }

    @Test
    void aCorrectionStoredByAnotherNodeIsSeenBeforeTheNextCorrectionIsJudged() {
        commands.sendAndWait(register("CACHE-2"));
        commands.sendAndWait(inspection("CACHE-2"));
        appendAsAnotherNode("CACHE-2", 2, Material.PE);

        // Judged on the stale cached pipe (still PVC) this would be refused as changing nothing.
        commands.sendAndWait(new CorrectPipe("CACHE-2", null, Material.PVC, null, null, null, null, null, null, null,
                null, "the other node's correction was wrong"));

        List<String> materials = jdbc.queryForList("""
                SELECT convert_from(payload, 'UTF8')::jsonb -> 'corrected' ->> 'material' FROM event_store.domain_event
                WHERE aggregate_identifier = 'CACHE-2' AND sequence_number >= 2 ORDER BY sequence_number""", String.class);
        assertThat(materials).containsExactly("PE", "PVC");
    }

    @Test
    void withoutAnyOtherWriterTheCachedPipeKeepsAnsweringCommands() {
        commands.sendAndWait(register("CACHE-3"));
        for (int day = 1; day <= 5; day++) {
            commands.sendAndWait(new LogInspection("CACHE-3", "insp-" + day, LocalDate.of(2025, 3, day), "E. Ek",
                    InspectionMethod.CCTV, 2, "day " + day));
        }
        assertThat((Object) pipeCache.get("CACHE-3")).isNotNull();
        assertThat(jdbc.queryForObject("SELECT max(sequence_number) FROM event_store.domain_event WHERE aggregate_identifier = 'CACHE-3'",
                Long.class)).isEqualTo(5L);
    }

    private void appendAsAnotherNode(String pipeId, long sequence, Material material) {
        PipeAttributes before = new PipeAttributes(NetworkKind.WASTEWATER, Material.PVC, 200, 85.0, 1987, "Odensala", 3,
                geometry(), null, null);
        PipeAttributes after = new PipeAttributes(NetworkKind.WASTEWATER, material, 200, 85.0, 1987, "Odensala", 3,
                geometry(), null, null);
        PipeCorrected corrected = new PipeCorrected(pipeId, List.of(new FieldChange("material", "PVC", material.name())),
                "changed on the other node", after);
        assertThat(before.changesTo(after)).isNotEmpty();
        new TransactionTemplate(transactions).executeWithoutResult(status -> storage.appendEvents(
                new GenericDomainEventMessage<>("Pipe", pipeId, sequence, corrected, MetaData.with("user", "other-node"))));
    }

    static RegisterPipe register(String id) {
        return new RegisterPipe(id, NetworkKind.WASTEWATER, Material.PVC, 200, 85.0, 1987, "Odensala", 3, geometry(), null, null);
    }

    static LogInspection inspection(String id) {
        return new LogInspection(id, null, LocalDate.of(2025, 3, 1), "E. Ek", InspectionMethod.CCTV, 2, "cached");
    }

    static Geometry geometry() {
        return new Geometry(Geometry.SWEREF99_TM, List.of(new Point(492000.0, 6995000.0), new Point(492050.0, 6995030.0)));
    }
}
