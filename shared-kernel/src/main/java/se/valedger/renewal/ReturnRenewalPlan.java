package se.valedger.renewal;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** The second person's "not like this": back to its author for changes, with a reason. */
public record ReturnRenewalPlan(@TargetAggregateIdentifier String planId, String reviewer, String reason) {
}
