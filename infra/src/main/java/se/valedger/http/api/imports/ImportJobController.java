package se.valedger.http.api.imports;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import se.valedger.app.imports.jobs.ImportJob;
import se.valedger.app.imports.jobs.ImportJobs;
import se.valedger.app.imports.jobs.JobVisibility;
import se.valedger.http.Answers;
import se.valedger.kernel.NotFound;

/**
 * {@code GET /api/imports/jobs}, {@code GET /api/imports/jobs/{id}}, {@code DELETE} or {@code POST …/cancel}.
 * A job is seen and cancelled by {@link JobVisibility its starter and ADMIN}; to anyone else it does not exist.
 */
@RestController
@RequestMapping("/api/imports/jobs")
class ImportJobController {

    private final ImportJobs jobs;
    private final ImportAnswers answers;

    ImportJobController(ImportJobs jobs, ImportAnswers answers) {
        this.jobs = jobs;
        this.answers = answers;
    }

    @GetMapping
    List<Map<String, Object>> list(Authentication user) {
        return jobs.recent(JobVisibility.isAdmin(user) ? null : user.getName(), 100).stream().map(answers::view).toList();
    }

    @GetMapping("/{id}")
    ResponseEntity<Map<String, Object>> show(@PathVariable UUID id, Authentication user) {
        ImportJob job = visible(id, user);
        ResponseEntity.BodyBuilder answer = ResponseEntity.ok();
        if (job.eventPosition() != null) {
            answer.header(Answers.EVENT_POSITION, job.eventPosition().toString());
        }
        return answer.body(answers.view(job));
    }

    @DeleteMapping("/{id}")
    ResponseEntity<Map<String, Object>> delete(@PathVariable UUID id, Authentication user) {
        return cancel(id, user);
    }

    @PostMapping("/{id}/cancel")
    ResponseEntity<Map<String, Object>> cancel(@PathVariable UUID id, Authentication user) {
        visible(id, user);
        boolean asked = jobs.cancel(id);
        ImportJob job = jobs.find(id).orElseThrow();
        Map<String, Object> view = new java.util.LinkedHashMap<>(answers.view(job));
        view.put("cancel", asked ? "asked: the job stops after the chunk it is storing; what it stored stays stored"
                : "the job had already finished; nothing to cancel");
        return ResponseEntity.status(asked ? HttpStatus.ACCEPTED : HttpStatus.OK).body(view);
    }

    private ImportJob visible(UUID id, Authentication user) {
        return jobs.find(id).filter(job -> JobVisibility.mayActOn(user, job))
                .orElseThrow(() -> new NotFound("No import job " + id + " that you started"));
    }
}
