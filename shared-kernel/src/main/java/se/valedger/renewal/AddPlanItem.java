package se.valedger.renewal;

import se.valedger.pipe.RenewalMethod;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

public record AddPlanItem(@TargetAggregateIdentifier String planId, String pipeId, RenewalMethod method,
                          Long estimatedCostSek) {
}
