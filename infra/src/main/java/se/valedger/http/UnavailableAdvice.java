package se.valedger.http;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.CannotGetJdbcConnectionException;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * The database is unreachable: answer 503 with Retry-After instead of a 500, so clients know to retry
 * (with their Idempotency-Key) rather than report a bug. Nothing was changed.
 */
@RestControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class UnavailableAdvice {

    @ExceptionHandler({CannotGetJdbcConnectionException.class, CannotCreateTransactionException.class,
            DataAccessResourceFailureException.class})
    ResponseEntity<ProblemDetail> unavailable(RuntimeException e) {
        ProblemDetail problem = ProblemAdvice.problem(HttpStatus.SERVICE_UNAVAILABLE, "unavailable",
                "The database is not reachable just now; nothing was changed. Retry shortly.");
        problem.setTitle("Temporarily unavailable");
        return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE).header("Retry-After", "2").body(problem);
    }
}
