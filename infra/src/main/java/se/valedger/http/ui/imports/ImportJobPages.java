package se.valedger.http.ui.imports;

import java.util.List;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import se.valedger.app.imports.jobs.ImportJob;
import se.valedger.app.imports.jobs.ImportJobs;

/**
 * {@code /imports/jobs}: the latest import jobs with a progress bar each; the table reloads itself every second
 * through htmx ({@code /imports/jobs/rows}) while a job is queued or running. For administrators.
 */
@Controller
@PreAuthorize("hasRole('ADMIN')")
class ImportJobPages {

    static final int SHOWN = 50;

    private final ImportJobs jobs;

    ImportJobPages(ImportJobs jobs) {
        this.jobs = jobs;
    }

    @GetMapping("/imports/jobs")
    String page(Model model) {
        listed(model);
        return "imports/jobs";
    }

    @GetMapping("/imports/jobs/rows")
    String rows(Model model) {
        listed(model);
        return "imports/jobs :: rows";
    }

    /** The jobs, and whether any is still going (then the table keeps polling; else it stops). */
    private void listed(Model model) {
        List<ImportJob> latest = jobs.recent(null, SHOWN);
        model.addAttribute("jobs", latest);
        model.addAttribute("running", latest.stream().anyMatch(j -> !j.state().finished()));
    }
}
