package se.valedger.plant;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** A point of the plant's system where wastewater can overflow, located in SWEREF 99 TM (EPSG:3006, E and N in m). */
public record RegisterOverflowPoint(@TargetAggregateIdentifier String plantId, String pointId, String name,
                                    OverflowPointType type, Double east, Double north, String recipient) {
}
