package se.valedger.boot;

import org.axonframework.eventsourcing.EventCountSnapshotTriggerDefinition;
import org.axonframework.eventsourcing.SnapshotTriggerDefinition;
import org.axonframework.eventsourcing.Snapshotter;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * A treatment plant's stream grows by at least one event a day for decades; a snapshot every
 * {@code valedger.plants.snapshot-every} events keeps loading it short.
 */
@Configuration(proxyBeanMethods = false)
class PlantSnapshotConfig {

    @Bean("treatmentPlantSnapshotTrigger")
    SnapshotTriggerDefinition treatmentPlantSnapshotTrigger(Snapshotter snapshotter,
                                                           PlantSettings settings) {
        return new EventCountSnapshotTriggerDefinition(snapshotter, settings.snapshotEvery());
    }
}
