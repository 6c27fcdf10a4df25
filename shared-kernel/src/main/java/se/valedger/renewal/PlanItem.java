package se.valedger.renewal;

import se.valedger.pipe.RenewalMethod;

/** One pipe in a renewal plan with the method chosen and its estimated cost. */
public record PlanItem(String pipeId, RenewalMethod method, Long estimatedCostSek) {
}
