package se.valedger.zone;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * A yearly volume of a supply zone's authorised consumption: billed (from the billing system) or an estimate
 * of unbilled use, with its {@code source}. A second value for the same year and kind replaces the first.
 */
public record RecordZoneVolume(@TargetAggregateIdentifier String zoneId, Integer year, VolumeKind kind, Double m3,
                               String source) {
}
