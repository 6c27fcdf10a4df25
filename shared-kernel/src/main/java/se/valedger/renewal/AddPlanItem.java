package se.valedger.renewal;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import se.valedger.pipe.RenewalMethod;

public record AddPlanItem(@TargetAggregateIdentifier String planId, String pipeId, RenewalMethod method,
                          Long estimatedCostSek) {
}
