package se.valedger.pipe;

import se.valedger.kernel.RuleViolated;

/** A decommissioned pipe's record is closed: no corrections, renewals or inspections after it. */
final class DecommissionedPipesAreClosed {

    static final String RULE = "DecommissionedPipesAreClosed";

    private DecommissionedPipesAreClosed() {
    }

    static void check(PipeState state, String action) {
        if (state.status() == PipeStatus.DECOMMISSIONED) {
            throw new RuleViolated(RULE, "pipe " + state.pipeId() + " was decommissioned on "
                    + state.decommissionedOn() + " and cannot be " + action);
        }
    }
}
