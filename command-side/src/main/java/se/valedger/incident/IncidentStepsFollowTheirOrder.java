package se.valedger.incident;

import java.util.Set;
import se.valedger.kernel.RuleViolated;

/**
 * Early warning before notification, notification before progress or final report, final report before
 * closing; each step once (progress reports as often as needed); nothing after closing.
 */
final class IncidentStepsFollowTheirOrder {

    static final String RULE = "IncidentStepsFollowTheirOrder";

    private IncidentStepsFollowTheirOrder() {
    }

    static void check(IncidentStep step, Set<IncidentStep> taken) {
        if (taken.contains(IncidentStep.CLOSED)) {
            refuse("the incident is closed");
        }
        if (step != IncidentStep.PROGRESS_REPORT && taken.contains(step)) {
            refuse("the " + step.action() + " step was already taken");
        }
        switch (step) {
            case NOTIFICATION -> require(taken, IncidentStep.EARLY_WARNING, step);
            case PROGRESS_REPORT -> {
                require(taken, IncidentStep.NOTIFICATION, step);
                if (taken.contains(IncidentStep.FINAL_REPORT)) {
                    refuse("the final report was already sent");
                }
            }
            case FINAL_REPORT -> require(taken, IncidentStep.NOTIFICATION, step);
            case CLOSED -> require(taken, IncidentStep.FINAL_REPORT, step);
            default -> {
            }
        }
    }

    private static void require(Set<IncidentStep> taken, IncidentStep before, IncidentStep step) {
        if (!taken.contains(before)) {
            refuse("the " + before.action() + " must come before the " + step.action());
        }
    }

    private static void refuse(String reason) {
        throw new RuleViolated(RULE, reason);
    }
}
