package se.valedger.http.idempotency;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import se.valedger.http.ProblemAdvice;

/** An upload cut at the limit while a controller streamed it to disk is a 413, not an unexpected failure. */
@RestControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class BodyTooLargeAdvice {

    @ExceptionHandler(LimitedRequest.BodyTooLarge.class)
    ProblemDetail tooLarge(LimitedRequest.BodyTooLarge e) {
        ProblemDetail problem = ProblemAdvice.problem(HttpStatus.PAYLOAD_TOO_LARGE, "body-too-large",
                "The request body is larger than this endpoint accepts; nothing was changed.");
        problem.setTitle("Request body too large");
        problem.setProperty("field", "body");
        return problem;
    }
}
