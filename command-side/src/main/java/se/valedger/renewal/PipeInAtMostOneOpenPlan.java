package se.valedger.renewal;

import se.valedger.kernel.RuleViolated;

/** A pipe is in at most one plan that is not completed, so no pipe is renewed (or budgeted) twice. */
final class PipeInAtMostOneOpenPlan {

    private PipeInAtMostOneOpenPlan() {
    }

    static void claim(OpenPlanItems openItems, String pipeId, String planId) {
        openItems.claim(pipeId, planId).ifPresent(holder -> {
            throw new RuleViolated("PipeInAtMostOneOpenPlan", "pipe " + pipeId + " is already in open plan " + holder
                    + "; remove it there first");
        });
    }
}
