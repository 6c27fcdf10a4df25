package se.valedger.app;

import java.net.URI;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.modelling.command.AggregateStreamCreationException;
import org.axonframework.modelling.command.ConcurrencyException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import se.valedger.kernel.InvalidInput;
import se.valedger.kernel.MalformedFile;
import se.valedger.kernel.NotFound;
import se.valedger.kernel.RuleViolated;

/**
 * The one classifier of failures: whether a failure is the caller's (bad input, a rule, an unknown record, a lost
 * race, an unreadable file) and, if so, what to tell them. The API, the forms, the importers and the audit trail
 * all ask here, so a refusal reads the same wherever it is met. Axon wraps a handler's exception (in a
 * {@code CommandExecutionException} and friends); the whole cause chain is searched, so the wrapping does not matter.
 */
public record Refusal(Kind kind, String detail, String field, String rule, Long line, boolean projectionBehind) {

    private static final String TYPE_BASE = "https://va-ledger.se/problems/";

    public enum Kind {
        INVALID_FIELD(HttpStatus.BAD_REQUEST, "invalid-field"),
        MALFORMED_FILE(HttpStatus.BAD_REQUEST, "malformed-file"),
        NOT_FOUND(HttpStatus.NOT_FOUND, "not-found"),
        RULE_VIOLATED(HttpStatus.CONFLICT, "rule-violated"),
        ALREADY_EXISTS(HttpStatus.CONFLICT, "already-exists"),
        CONCURRENT_CHANGE(HttpStatus.CONFLICT, "concurrent-change");

        private final HttpStatus status;
        private final String type;

        Kind(HttpStatus status, String type) {
            this.status = status;
            this.type = type;
        }

        public HttpStatus status() {
            return status;
        }

        public String type() {
            return type;
        }
    }

    /** The refusal a failure means, or empty when the failure is ours (then it is logged and answered as 500). */
    public static Optional<Refusal> of(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            Refusal refusal = direct(cause);
            if (refusal != null) {
                return Optional.of(refusal);
            }
            if (cause.getCause() == cause) {
                break;
            }
        }
        return Optional.empty();
    }

    /** A refusal of one field, e.g. a request parameter that cannot be read. */
    public static Refusal invalid(String field, String reason) {
        return new Refusal(Kind.INVALID_FIELD, reason, field, null, null, false);
    }

    private static Refusal direct(Throwable cause) {
        if (cause instanceof InvalidInput invalid) {
            return invalid(invalid.field(), invalid.reason());
        }
        if (cause instanceof RuleViolated rule) {
            return new Refusal(Kind.RULE_VIOLATED, rule.reason(), null, rule.rule(), null, false);
        }
        if (cause instanceof MalformedFile malformed) {
            return new Refusal(Kind.MALFORMED_FILE, malformed.getMessage() + ". Nothing was imported.", null, null,
                    malformed.line(), false);
        }
        if (cause instanceof NotFound notFound) {
            return new Refusal(Kind.NOT_FOUND, notFound.getMessage(), null, null, null,
                    notFound instanceof Reads.NotFoundWhileBehind);
        }
        if (cause instanceof AggregateNotFoundException missing) {
            return new Refusal(Kind.NOT_FOUND, "No such record: " + missing.getAggregateIdentifier(), null, null, null,
                    false);
        }
        if (cause instanceof AggregateStreamCreationException) {
            return new Refusal(Kind.ALREADY_EXISTS, "A record with this id already exists; ids are never reused.",
                    null, null, null, false);
        }
        if (cause instanceof ConcurrencyException) {
            return new Refusal(Kind.CONCURRENT_CHANGE, "The record was changed by someone else at the same moment, "
                    + "or it already exists. Reload and try again.", null, null, null, false);
        }
        return null;
    }

    public HttpStatus status() {
        return kind.status();
    }

    /** The RFC 9457 problem every channel answers with. */
    public ProblemDetail problem() {
        ProblemDetail problem = problem(kind.status(), kind.type(), detail);
        switch (kind) {
            case INVALID_FIELD -> {
                problem.setTitle("Invalid value for " + field);
                problem.setProperty("field", field);
                problem.setProperty("reason", detail);
            }
            case RULE_VIOLATED -> {
                problem.setTitle("Refused by rule " + rule);
                problem.setProperty("rule", rule);
            }
            case MALFORMED_FILE -> {
                problem.setTitle("The file cannot be read");
                problem.setProperty("line", line);
            }
            case ALREADY_EXISTS -> problem.setTitle("Already exists");
            case NOT_FOUND -> {
                if (projectionBehind) {
                    problem.setProperty("projectionBehind", true);
                }
            }
            case CONCURRENT_CHANGE -> {
            }
        }
        return problem;
    }

    /** A problem of our own type that is not a refused command (forbidden, an unreadable body, internal). */
    public static ProblemDetail problem(HttpStatus status, String type, String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setType(URI.create(TYPE_BASE + type));
        return problem;
    }

    /** A problem as the JSON object an answer carries: its standard members and its properties side by side. */
    public static Map<String, Object> asMap(ProblemDetail problem) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("type", String.valueOf(problem.getType()));
        body.put("title", problem.getTitle());
        body.put("status", problem.getStatus());
        body.put("detail", problem.getDetail());
        if (problem.getProperties() != null) {
            body.putAll(problem.getProperties());
        }
        return body;
    }

    /** One line for logs and the audit trail: {@code field: reason}, {@code Rule: reason}, or the detail. */
    public String summary() {
        return switch (kind) {
            case INVALID_FIELD -> field + ": " + detail;
            case RULE_VIOLATED -> rule + ": " + detail;
            default -> detail;
        };
    }
}
