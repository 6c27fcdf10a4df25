package se.valedger.leak;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Close a repaired leak (site restored, paperwork done). */
public record CloseLeak(@TargetAggregateIdentifier String leakId, String note) {
}
