package se.valedger.renewal;

import org.axonframework.serialization.Revision;

@Revision("1")
public record RenewalPlanSubmitted(String planId, String submittedBy, long totalCostSek, long budgetSek) {
}
