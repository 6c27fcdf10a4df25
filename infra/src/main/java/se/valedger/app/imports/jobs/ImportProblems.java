package se.valedger.app.imports.jobs;

import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.stereotype.Component;
import se.valedger.app.imports.MalformedFile;
import se.valedger.kernel.InvalidInput;
import se.valedger.kernel.NotFound;
import se.valedger.http.ProblemAdvice;
import se.valedger.http.Problems;

/** Why a job refused its file, as the problem the synchronous import answered before imports were jobs. */
@Component
class ImportProblems {

    private static final Logger log = LoggerFactory.getLogger(ImportProblems.class);

    record Refusal(int status, Map<String, Object> body, String message) {
    }

    Refusal of(Exception failure) {
        ProblemDetail problem;
        if (failure instanceof InvalidInput invalid) {
            problem = ProblemAdvice.fieldProblem(invalid.field(), invalid.reason());
        } else if (failure instanceof MalformedFile malformed) {
            problem = ProblemAdvice.problem(HttpStatus.BAD_REQUEST, "malformed-file",
                    malformed.getMessage() + ". Nothing was imported.");
            problem.setTitle("The file cannot be read");
            problem.setProperty("line", malformed.line());
        } else if (failure instanceof NotFound notFound) {
            problem = ProblemAdvice.problem(HttpStatus.NOT_FOUND, "not-found", notFound.getMessage());
        } else {
            log.error("Import job failed", failure);
            problem = ProblemAdvice.problem(HttpStatus.INTERNAL_SERVER_ERROR, "internal",
                    "The import failed on our side; the error has been logged. Rows accepted before it are stored.");
        }
        return new Refusal(problem.getStatus(), Problems.body(problem), problem.getDetail());
    }
}
