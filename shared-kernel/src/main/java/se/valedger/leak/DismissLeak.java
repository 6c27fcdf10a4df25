package se.valedger.leak;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** The report turned out not to be a leak (or a duplicate); the reason is required. */
public record DismissLeak(@TargetAggregateIdentifier String leakId, String reason) {
}
