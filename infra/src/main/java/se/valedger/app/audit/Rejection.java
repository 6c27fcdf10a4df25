package se.valedger.app.audit;

import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.modelling.command.AggregateStreamCreationException;
import org.axonframework.modelling.command.ConcurrencyException;
import se.valedger.kernel.InvalidInput;
import se.valedger.kernel.NotFound;
import se.valedger.kernel.RuleViolated;

/** Why a command was refused, in the terms the API answers with. */
public record Rejection(Outcome outcome, String reason) {

    public static Rejection of(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof InvalidInput invalid) {
                return new Rejection(Outcome.REJECTED_INVALID, invalid.field() + ": " + invalid.reason());
            }
            if (cause instanceof RuleViolated rule) {
                return new Rejection(Outcome.REJECTED_RULE, rule.rule() + ": " + rule.reason());
            }
            if (cause instanceof NotFound || cause instanceof AggregateNotFoundException) {
                return new Rejection(Outcome.NOT_FOUND, cause.getMessage());
            }
            if (cause instanceof AggregateStreamCreationException) {
                return new Rejection(Outcome.CONFLICT, "a record with this id already exists");
            }
            if (cause instanceof ConcurrencyException) {
                return new Rejection(Outcome.CONFLICT, "changed by someone else at the same moment");
            }
            if (cause.getCause() == cause) {
                break;
            }
        }
        return new Rejection(Outcome.FAILED, failure.getClass().getSimpleName() + ": " + failure.getMessage());
    }
}
