package se.valedger.app.audit;

import se.valedger.app.Refusal;

/** Why a command was refused, as the audit trail records it: the {@link Refusal} in one line, or our own failure. */
public record Rejection(Outcome outcome, String reason) {

    public static Rejection of(Throwable failure) {
        return Refusal.of(failure)
                .map(refusal -> new Rejection(outcome(refusal.kind()), refusal.summary()))
                .orElseGet(() -> new Rejection(Outcome.FAILED,
                        failure.getClass().getSimpleName() + ": " + failure.getMessage()));
    }

    private static Outcome outcome(Refusal.Kind kind) {
        return switch (kind) {
            case INVALID_FIELD, MALFORMED_FILE -> Outcome.REJECTED_INVALID;
            case RULE_VIOLATED -> Outcome.REJECTED_RULE;
            case NOT_FOUND -> Outcome.NOT_FOUND;
            case ALREADY_EXISTS, CONCURRENT_CHANGE -> Outcome.CONFLICT;
        };
    }
}
