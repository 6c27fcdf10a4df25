package se.valedger.plant;

import java.time.Instant;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * An overflow at a registered point: start and end, volume and whether it was measured or estimated, the estimated
 * BOD7, tot-P and tot-N loads (kg over the event), and the cause (NFS 2016:6, NFS 2016:8 per point).
 */
public record RecordOverflow(@TargetAggregateIdentifier String plantId, String overflowId, String pointId, Instant start,
                             Instant end, Double volumeM3, Boolean volumeMeasured, Double bod7Kg,
                             Double totalPhosphorusKg, Double totalNitrogenKg, OverflowCause cause) {
}
