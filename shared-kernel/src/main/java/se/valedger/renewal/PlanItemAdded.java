package se.valedger.renewal;

import org.axonframework.serialization.Revision;
import se.valedger.pipe.RenewalMethod;

@Revision("1")
public record PlanItemAdded(String planId, String pipeId, RenewalMethod method, long estimatedCostSek) {
}
