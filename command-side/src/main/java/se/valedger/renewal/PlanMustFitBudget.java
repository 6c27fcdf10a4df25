package se.valedger.renewal;

import se.valedger.kernel.RuleViolated;

/** At submission, the estimated cost of all items is at most the plan's budget. */
final class PlanMustFitBudget {

    private PlanMustFitBudget() {
    }

    static void check(long totalCostSek, long budgetSek) {
        if (totalCostSek > budgetSek) {
            throw new RuleViolated("PlanMustFitBudget", "the plan's items cost " + totalCostSek + " SEK, "
                    + (totalCostSek - budgetSek) + " SEK more than its budget of " + budgetSek + " SEK");
        }
    }
}
