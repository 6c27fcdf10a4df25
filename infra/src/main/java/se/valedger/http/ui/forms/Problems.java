package se.valedger.http.ui.forms;

import org.axonframework.commandhandling.CommandExecutionException;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.queryhandling.QueryExecutionException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import se.valedger.kernel.InvalidInput;
import se.valedger.kernel.NotFound;
import se.valedger.kernel.RuleViolated;
import se.valedger.http.ProblemAdvice;

/**
 * The same RFC 9457 problem the API would answer for a refused command, so a form shows exactly what
 * an API client is told: {@code field} and {@code detail} for bad input, the rule for a refusal.
 */
public final class Problems {

    private Problems() {
    }

    /** The problem for a refusal, or null when the failure is not the caller's (then let it propagate). */
    public static ProblemDetail of(Throwable failure) {
        Throwable cause = failure;
        while ((cause instanceof CommandExecutionException || cause instanceof QueryExecutionException
                || cause instanceof java.util.concurrent.CompletionException) && cause.getCause() != null) {
            cause = cause.getCause();
        }
        if (cause instanceof InvalidInput invalid) {
            return ProblemAdvice.fieldProblem(invalid.field(), invalid.reason());
        }
        if (cause instanceof RuleViolated rule) {
            ProblemDetail problem = ProblemAdvice.problem(HttpStatus.CONFLICT, "rule-violated", rule.reason());
            problem.setProperty("rule", rule.rule());
            return problem;
        }
        if (cause instanceof NotFound || cause instanceof AggregateNotFoundException) {
            return ProblemAdvice.problem(HttpStatus.NOT_FOUND, "not-found", cause.getMessage());
        }
        return null;
    }

    /** The field a problem names, or null. */
    public static String field(ProblemDetail problem) {
        Object field = problem.getProperties() == null ? null : problem.getProperties().get("field");
        return field == null ? null : field.toString();
    }
}
