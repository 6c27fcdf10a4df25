package se.valedger.renewal;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

public record SubmitRenewalPlan(@TargetAggregateIdentifier String planId, String submittedBy) {
}
