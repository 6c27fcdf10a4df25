package se.valedger.renewal;

/** All renewal plans, newest first, optionally only those in one status. Answers a list of {@link RenewalPlanView}. */
public record FindRenewalPlans(String status) {
}
