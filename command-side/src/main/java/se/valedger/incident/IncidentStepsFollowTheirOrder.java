package se.valedger.incident;

import java.util.Set;
import se.valedger.kernel.RuleViolated;

/**
 * Early warning before notification, notification before progress or final report, final report before
 * closing; each step once (progress reports as often as needed, an intermediate report once per request of the
 * CSIRT or authority, NIS2 Art. 23(4)(c)); nothing after closing, nor after closing as not significant until a
 * reassessment finds the incident significant. Only an incident assessed not significant is closed as such.
 */
final class IncidentStepsFollowTheirOrder {

    static final String RULE = "IncidentStepsFollowTheirOrder";

    private IncidentStepsFollowTheirOrder() {
    }

    static void check(IncidentStep step, Set<IncidentStep> taken, boolean intermediateReportRequested) {
        boolean repeatable = step == IncidentStep.PROGRESS_REPORT || step == IncidentStep.INTERMEDIATE_REPORT;
        if (!repeatable && taken.contains(step)) {
            refuse("the " + step.action() + " step was already taken");
        }
        switch (step) {
            case NOTIFICATION -> require(taken, IncidentStep.EARLY_WARNING, step);
            case INTERMEDIATE_REPORT -> {
                if (!intermediateReportRequested) {
                    refuse("no intermediate report was requested: record the request of the CSIRT or the authority first"
                            + " (intermediate-report-request)");
                }
            }
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

    /** Nothing is added to a closed incident, nor to one closed as not significant. */
    static void checkOpen(Set<IncidentStep> taken, boolean closedAsNotSignificant) {
        if (taken.contains(IncidentStep.CLOSED)) {
            refuse("the incident is closed");
        }
        if (closedAsNotSignificant) {
            refuse("the incident was closed as not significant; a reassessment that finds it significant reopens it");
        }
    }

    static void checkReassessment(Set<IncidentStep> taken, boolean closedAsNotSignificant, boolean foundSignificant) {
        if (taken.contains(IncidentStep.CLOSED)) {
            refuse("the incident is closed");
        }
        if (closedAsNotSignificant && !foundSignificant) {
            refuse("the incident was closed as not significant and these facts do not make it significant; it stays closed");
        }
    }

    static void checkClosingAsNotSignificant(Set<IncidentStep> taken, boolean closedAsNotSignificant, boolean significant) {
        checkOpen(taken, closedAsNotSignificant);
        if (significant) {
            refuse("the incident is assessed significant: reassess it with the facts that make it not significant first,"
                    + " or report and close it");
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
