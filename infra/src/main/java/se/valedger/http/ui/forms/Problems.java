package se.valedger.http.ui.forms;

import org.springframework.http.ProblemDetail;
import se.valedger.app.Refusal;

/**
 * The same RFC 9457 problem the API would answer for a refused command, so a form shows exactly what
 * an API client is told: {@code field} and {@code detail} for bad input, the rule for a refusal.
 */
public final class Problems {

    private Problems() {
    }

    /** The problem for a refusal, or null when the failure is not the caller's (then let it propagate). */
    public static ProblemDetail of(Throwable failure) {
        return Refusal.of(failure).map(Refusal::problem).orElse(null);
    }

    /** The field a problem names, or null. */
    public static String field(ProblemDetail problem) {
        Object field = problem.getProperties() == null ? null : problem.getProperties().get("field");
        return field == null ? null : field.toString();
    }
}
