package se.valedger.renewal;

import org.axonframework.serialization.Revision;

@Revision("1")
public record RenewalPlanDrafted(String planId, Integer year, String programme, long budgetSek, String author) {
}
