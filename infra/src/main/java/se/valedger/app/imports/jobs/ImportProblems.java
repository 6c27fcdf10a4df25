package se.valedger.app.imports.jobs;

import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.stereotype.Component;
import se.valedger.app.Refusal;

/** Why a job refused its file, as the problem the synchronous import answered before imports were jobs. */
@Component
class ImportProblems {

    private static final Logger log = LoggerFactory.getLogger(ImportProblems.class);

    record Refused(int status, Map<String, Object> body, String message) {
    }

    Refused of(Exception failure) {
        ProblemDetail problem = Refusal.of(failure).map(Refusal::problem).orElseGet(() -> {
            log.error("Import job failed", failure);
            return Refusal.problem(HttpStatus.INTERNAL_SERVER_ERROR, "internal",
                    "The import failed on our side; the error has been logged. Rows accepted before it are stored.");
        });
        return new Refused(problem.getStatus(), Refusal.asMap(problem), problem.getDetail());
    }
}
