package se.valedger.renewal;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** The second person's yes. The approver is the signed-in person. */
public record ApproveRenewalPlan(@TargetAggregateIdentifier String planId, String approver) {
}
