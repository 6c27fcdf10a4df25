package se.valedger.http.api.imports;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;
import se.valedger.app.imports.ImportSettings;
import se.valedger.app.imports.jobs.ImportJob;
import se.valedger.app.imports.jobs.ImportJobs;
import se.valedger.app.imports.jobs.ImportWork;
import se.valedger.http.Answers;

/**
 * The answer to {@code POST /api/imports/{kind}}: the import runs as a job; the request waits for it up to
 * {@code valedger.imports.wait-for-result} ({@code Prefer: respond-async}: not at all) and answers the finished
 * report as before imports were jobs (with {@code X-Event-Position}), or {@code 202 Accepted} with
 * {@code Location: /api/imports/jobs/{id}} and the job's state.
 */
@Component
public class ImportAnswers {

    public static final String JOBS = "/api/imports/jobs/";

    private final ImportJobs jobs;
    private final Duration waitForResult;
    private final ObjectMapper json = new ObjectMapper();

    ImportAnswers(ImportJobs jobs, ImportSettings settings) {
        this.jobs = jobs;
        this.waitForResult = settings.waitForResult();
    }

    /** Starts the import as a job, then answers as described above. */
    public ResponseEntity<Object> run(String kind, Path file, HttpServletRequest request, ImportWork work) {
        UUID id = jobs.start(kind, file, work);
        boolean async = respondAsync(request);
        ImportJob job = jobs.await(id, async ? Duration.ZERO : waitForResult);
        if (!job.state().finished()) {
            ResponseEntity.BodyBuilder accepted = ResponseEntity.status(HttpStatus.ACCEPTED)
                    .location(URI.create(JOBS + id)).contentType(MediaType.APPLICATION_JSON);
            if (async) {
                accepted.header("Preference-Applied", "respond-async");
            }
            return accepted.body(view(job));
        }
        return finished(job);
    }

    /** A finished job's own answer: the report (200) or the problem that refused the file. */
    ResponseEntity<Object> finished(ImportJob job) {
        int status = job.answerStatus() == null ? 500 : job.answerStatus();
        ResponseEntity.BodyBuilder answer = ResponseEntity.status(status).contentType(status == 200
                ? MediaType.APPLICATION_JSON : MediaType.APPLICATION_PROBLEM_JSON);
        if (job.eventPosition() != null) {
            answer.header(Answers.EVENT_POSITION, job.eventPosition().toString());
        }
        return answer.body(tree(job.answer()));
    }

    /** The job as {@code GET /api/imports/jobs/{id}} shows it. */
    public Map<String, Object> view(ImportJob job) {
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("id", job.id());
        view.put("kind", job.kind());
        view.put("state", job.state());
        view.put("startedBy", job.startedBy());
        view.put("rowsRead", job.rowsRead());
        view.put("rowsTotal", job.rowsTotal());
        view.put("accepted", job.accepted());
        view.put("rejected", job.rejected());
        view.put("percent", job.percent());
        view.put("fileBytes", job.fileBytes());
        view.put("createdAt", job.createdAt() == null ? null : job.createdAt().toString());
        view.put("startedAt", job.startedAt() == null ? null : job.startedAt().toString());
        view.put("finishedAt", job.finishedAt() == null ? null : job.finishedAt().toString());
        view.put("cancelRequested", job.cancelRequested());
        view.put("message", job.message());
        if (job.state().finished()) {
            view.put("answerStatus", job.answerStatus());
            view.put("eventPosition", job.eventPosition());
            view.put(job.answerStatus() != null && job.answerStatus() == 200 ? "report" : "problem", tree(job.answer()));
        }
        view.put("href", JOBS + job.id());
        return view;
    }

    private JsonNode tree(String answer) {
        if (answer == null) {
            return null;
        }
        try {
            return json.readTree(answer);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored import answer is not JSON", e);
        }
    }

    private static boolean respondAsync(HttpServletRequest request) {
        var prefer = request.getHeaders("Prefer");
        while (prefer != null && prefer.hasMoreElements()) {
            for (String preference : prefer.nextElement().split(",")) {
                if (preference.strip().toLowerCase(java.util.Locale.ROOT).startsWith("respond-async")) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * Imports that do not read {@code profile} or {@code dryRun} yet (issue 18) refuse them: taken as unknown and
     * ignored, a dry run would store the file.
     */
    static void refuseProfileAndDryRun(HttpServletRequest request, String kind) {
        for (String name : java.util.List.of("dryRun", "profile")) {
            if (request.getParameter(name) != null) {
                throw new se.valedger.kernel.InvalidInput(name, name + " is not read by the " + kind
                        + " import yet; pipes-csv, xlsx (kind=pipes), geojson and geopackage read it");
            }
        }
    }
}
