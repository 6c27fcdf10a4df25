package se.valedger.renewal;

import se.valedger.pipe.RenewalMethod;
import org.axonframework.serialization.Revision;

@Revision("1")
public record PlanItemAdded(String planId, String pipeId, RenewalMethod method, long estimatedCostSek) {
}
