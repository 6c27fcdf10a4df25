package se.valedger.renewal;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

public record RemovePlanItem(@TargetAggregateIdentifier String planId, String pipeId) {
}
