package se.valedger.renewal;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

public record AddPlanItem(@TargetAggregateIdentifier String planId, String pipeId, RenewalMethod method,
                          Long estimatedCostSek) {
}
