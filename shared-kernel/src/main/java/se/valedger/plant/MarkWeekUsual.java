package se.valedger.plant;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Withdraws an unusual marking: the week counts in the maximum again. */
public record MarkWeekUsual(@TargetAggregateIdentifier String plantId, String week, String reason, String markedBy) {
}
