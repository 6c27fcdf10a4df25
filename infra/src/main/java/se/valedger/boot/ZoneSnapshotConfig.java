package se.valedger.boot;

import org.axonframework.eventsourcing.EventCountSnapshotTriggerDefinition;
import org.axonframework.eventsourcing.SnapshotTriggerDefinition;
import org.axonframework.eventsourcing.Snapshotter;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import se.valedger.app.zone.ZoneSettings;

/**
 * A zone's stream grows by one event per meter and day; a snapshot every {@code valedger.zones.snapshot-every}
 * events keeps loading it short.
 */
@Configuration(proxyBeanMethods = false)
class ZoneSnapshotConfig {

    @Bean("zoneSnapshotTrigger")
    SnapshotTriggerDefinition zoneSnapshotTrigger(Snapshotter snapshotter, ZoneSettings settings) {
        return new EventCountSnapshotTriggerDefinition(snapshotter, settings.snapshotEvery());
    }
}
