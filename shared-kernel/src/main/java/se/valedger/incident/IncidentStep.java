package se.valedger.incident;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * The steps of a NIS2 incident after its detection, each named in the API by its action
 * ({@code POST /api/incidents/{id}/{action}}).
 */
public enum IncidentStep {
    /** Early warning to the CSIRT, due 24 h after awareness. */
    EARLY_WARNING("early-warning"),
    /** Incident notification, due 72 h after awareness. */
    NOTIFICATION("notification"),
    /** Intermediate report, sent when the CSIRT or the authority asked for one (NIS2 Art. 23(4)(c)). */
    INTERMEDIATE_REPORT("intermediate-report"),
    /** Progress report, sent instead of the final report while the incident is still ongoing. */
    PROGRESS_REPORT("progress-report"),
    /** The incident has been handled (needed for the final report's due time after a progress report). */
    HANDLED("handled"),
    /** Final report, due one month after the notification (or after handling, if a progress report was sent). */
    FINAL_REPORT("final-report"),
    /** Nothing more to do. */
    CLOSED("close");

    private final String action;

    IncidentStep(String action) {
        this.action = action;
    }

    public String action() {
        return action;
    }

    /** The step an action names, or null. */
    public static IncidentStep ofAction(String action) {
        String wanted = action == null ? "" : action.toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(s -> s.action.equals(wanted)).findFirst().orElse(null);
    }

    public static String actions() {
        return Arrays.stream(values()).map(IncidentStep::action).collect(Collectors.joining(", "));
    }
}
