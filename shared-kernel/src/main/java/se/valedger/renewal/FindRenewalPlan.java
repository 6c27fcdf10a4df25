package se.valedger.renewal;

/** One renewal plan. Answers {@code Optional<RenewalPlanView>}. */
public record FindRenewalPlan(String planId) {
}
