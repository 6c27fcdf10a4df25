package se.valedger.http;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import java.util.Arrays;
import java.util.stream.Collectors;
import org.axonframework.commandhandling.CommandExecutionException;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.modelling.command.AggregateStreamCreationException;
import org.axonframework.modelling.command.ConcurrencyException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;
import se.valedger.app.Reads;
import se.valedger.app.Refusal;
import se.valedger.kernel.InvalidInput;
import se.valedger.kernel.MalformedFile;
import se.valedger.kernel.NotFound;
import se.valedger.kernel.RuleViolated;

/** Turns every failure into an RFC 9457 problem a person can act on, naming the field where there is one. */
@RestControllerAdvice
public class ProblemAdvice extends ResponseEntityExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ProblemAdvice.class);

    public static ProblemDetail problem(HttpStatus status, String type, String detail) {
        return Refusal.problem(status, type, detail);
    }

    public static ProblemDetail fieldProblem(String field, String reason) {
        return Refusal.invalid(field, reason).problem();
    }

    @ExceptionHandler({InvalidInput.class, RuleViolated.class, NotFound.class, MalformedFile.class,
            AggregateNotFoundException.class, AggregateStreamCreationException.class, ConcurrencyException.class,
            CommandExecutionException.class})
    ResponseEntity<ProblemDetail> refused(Exception e) {
        return Refusal.of(e).map(ProblemAdvice::answer).orElseGet(() -> unexpected(e));
    }

    /** The answer for a refusal: its problem, and on a read that may only be early, the projection-behind header. */
    public static ResponseEntity<ProblemDetail> answer(Refusal refusal) {
        ResponseEntity.BodyBuilder answer = ResponseEntity.status(refusal.status());
        if (refusal.projectionBehind()) {
            answer.header(Reads.PROJECTION_BEHIND, "true");
        }
        return answer.body(refusal.problem());
    }

    @ExceptionHandler(AccessDeniedException.class)
    ProblemDetail accessDenied(AccessDeniedException e) {
        return problem(HttpStatus.FORBIDDEN, "forbidden", "Your roles do not allow this call.");
    }

    @ExceptionHandler(IllegalArgumentException.class)
    ProblemDetail illegalArgument(IllegalArgumentException e) {
        return problem(HttpStatus.BAD_REQUEST, "bad-request", e.getMessage());
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ProblemDetail parameterType(MethodArgumentTypeMismatchException e) {
        if (e.getMostSpecificCause() instanceof InvalidInput invalid) {
            return fieldProblem(e.getName(), invalid.reason());
        }
        return fieldProblem(e.getName(), "'" + e.getValue() + "' is not a valid " + describe(e.getRequiredType()));
    }

    @ExceptionHandler(Exception.class)
    ResponseEntity<ProblemDetail> unexpected(Exception e) {
        log.error("Unexpected failure", e);
        return ResponseEntity.status(HttpStatus.INTERNAL_SERVER_ERROR).body(problem(HttpStatus.INTERNAL_SERVER_ERROR,
                "internal", "Something went wrong on our side; nothing was changed. The error has been logged."));
    }

    @Override
    protected ResponseEntity<Object> handleMissingServletRequestParameter(MissingServletRequestParameterException e,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        return ResponseEntity.badRequest().body(fieldProblem(e.getParameterName(), e.getParameterName() + " is required"));
    }

    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException e,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        Throwable cause = e.getMostSpecificCause();
        ProblemDetail problem;
        if (cause instanceof PrintableJsonText.RefusedValue unprintable) {
            problem = fieldProblem(path(unprintable), unprintable.reason());
        } else if (cause instanceof JsonParseException parse && parse.getOriginalMessage().startsWith("Duplicate field")
                && duplicateName(parse) != null) {
            String duplicate = duplicateName(parse);
            problem = fieldProblem(duplicate, "'" + duplicate + "' is given twice in the same object "
                    + "(line " + parse.getLocation().getLineNr() + "); give each field once");
        } else if (cause instanceof MismatchedInputException trailing && trailing.getOriginalMessage().startsWith("Trailing token")) {
            problem = problem(HttpStatus.BAD_REQUEST, "malformed-json", "The body must be exactly one JSON value, but more "
                    + "follows it (line " + trailing.getLocation().getLineNr() + ", column "
                    + trailing.getLocation().getColumnNr() + ")");
        } else if (cause instanceof UnrecognizedPropertyException unknown) {
            problem = fieldProblem(path(unknown), "unknown field '" + unknown.getPropertyName() + "'; known fields are "
                    + unknown.getKnownPropertyIds().stream().map(Object::toString).sorted().collect(Collectors.joining(", ")));
        } else if (cause instanceof InvalidFormatException format) {
            problem = fieldProblem(path(format), "'" + format.getValue() + "' is not a valid " + describe(format.getTargetType()));
        } else if (cause instanceof MismatchedInputException mismatch && !mismatch.getPath().isEmpty()) {
            problem = fieldProblem(path(mismatch), "expected " + describe(mismatch.getTargetType()));
        } else if (e.getCause() instanceof JsonMappingException mapping && !mapping.getPath().isEmpty()
                && !(mapping.getCause() instanceof InvalidInput)) {
            problem = fieldProblem(path(mapping), "cannot be read: " + mapping.getOriginalMessage());
        } else if (cause instanceof JsonParseException parse) {
            problem = problem(HttpStatus.BAD_REQUEST, "malformed-json", "The body is not valid JSON: "
                    + parse.getOriginalMessage() + " (line " + parse.getLocation().getLineNr() + ", column "
                    + parse.getLocation().getColumnNr() + ")");
        } else if (e.getCause() instanceof JsonMappingException mapping && mapping.getCause() instanceof InvalidInput invalid) {
            // an enum's creator cannot know which JSON field it is reading (ProposalStrategy under "fromProposal")
            boolean scalar = mapping instanceof com.fasterxml.jackson.databind.exc.ValueInstantiationException vie
                    && vie.getType() != null && vie.getType().isEnumType() && !mapping.getPath().isEmpty();
            problem = fieldProblem(scalar ? path(mapping) : invalid.field(), invalid.reason());
        } else {
            problem = problem(HttpStatus.BAD_REQUEST, "unreadable-body",
                    "The request body is missing or cannot be read as JSON of the expected shape.");
        }
        return ResponseEntity.badRequest().body(problem);
    }

    /** The key a strict parser found twice: the parser's current name when it stopped. */
    private static String duplicateName(JsonParseException e) {
        try {
            return e.getProcessor() == null ? null : e.getProcessor().currentName();
        } catch (java.io.IOException unreadable) {
            return null;
        }
    }

    private static String path(JsonMappingException e) {
        StringBuilder path = new StringBuilder();
        for (JsonMappingException.Reference reference : e.getPath()) {
            if (reference.getFieldName() != null) {
                if (!path.isEmpty()) {
                    path.append('.');
                }
                path.append(reference.getFieldName());
            } else if (reference.getIndex() >= 0) {
                path.append('[').append(reference.getIndex()).append(']');
            }
        }
        return path.isEmpty() ? "body" : path.toString();
    }

    private static String describe(Class<?> type) {
        if (type == null) {
            return "value";
        }
        if (type.isEnum()) {
            return "value; use one of " + Arrays.stream(type.getEnumConstants()).map(Object::toString)
                    .collect(Collectors.joining(", "));
        }
        if (type == Integer.class || type == int.class || type == Long.class || type == long.class) {
            return "whole number";
        }
        if (type == Double.class || type == double.class) {
            return "number";
        }
        if (java.time.temporal.Temporal.class.isAssignableFrom(type)) {
            return type.getSimpleName() + " (ISO 8601, e.g. 2026-11-01)";
        }
        if (type == String.class) {
            return "text";
        }
        if (java.util.Collection.class.isAssignableFrom(type) || type.isArray()) {
            return "list";
        }
        return "object of the documented shape";
    }
}
