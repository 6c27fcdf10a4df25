package se.valedger.leak;

import java.time.Instant;
import java.util.List;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Record the isolation of a leak: the valves closed (as actually closed, or those of the network's isolation analysis
 * when the crew gives none: {@code fromAnalysis}), the customers without water and, when known, when supply came back.
 */
public record IsolateLeak(@TargetAggregateIdentifier String leakId, Instant isolatedAt, List<String> valvesClosed,
                          boolean fromAnalysis, Integer customersWithoutWater, Instant supplyRestoredAt, String note) {
}
