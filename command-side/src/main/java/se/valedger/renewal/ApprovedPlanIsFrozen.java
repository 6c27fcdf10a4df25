package se.valedger.renewal;

import se.valedger.kernel.RuleViolated;

/**
 * Items change only while a plan is a draft or returned: a submitted plan is under review, and an
 * approved one is frozen except that its items are executed.
 */
final class ApprovedPlanIsFrozen {

    private ApprovedPlanIsFrozen() {
    }

    static void check(PlanStatus status) {
        if (!status.editable()) {
            throw new RuleViolated("ApprovedPlanIsFrozen", switch (status) {
                case SUBMITTED -> "the plan is submitted for review; its items change only after it is returned";
                case APPROVED -> "the plan is approved and frozen; only its items' execution changes it";
                default -> "the plan is " + status.name().toLowerCase() + " and no longer changes";
            });
        }
    }
}
