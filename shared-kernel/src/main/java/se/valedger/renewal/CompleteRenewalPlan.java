package se.valedger.renewal;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

public record CompleteRenewalPlan(@TargetAggregateIdentifier String planId) {
}
