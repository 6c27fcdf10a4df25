package se.valedger.app.imports.jobs;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeoutException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import se.valedger.app.ActorMetadataInterceptor;
import se.valedger.app.ClusterSettings;
import se.valedger.app.EventLog;
import se.valedger.app.ThisNode;
import se.valedger.app.imports.ImportProgress;
import se.valedger.app.imports.ImportSettings;

/**
 * Runs every import as a job that does not depend on its HTTP connection: the job is stored in
 * {@code imports.import_job} (so any node answers for it), runs on one of {@code valedger.imports.job-threads}
 * threads of the node that took the upload, acts as its starter (user, roles, address: the metadata of its
 * commands are those of the request that started it), reports its progress at most once a second, and can be
 * cancelled between two units of storage. Wraps any importer: {@link #start} takes "run this import with this
 * progress sink".
 */
@Component
public class ImportJobs implements DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(ImportJobs.class);
    private static final long PROGRESS_EVERY_MILLIS = 500;

    private final ImportJobStore store;
    private final EventLog eventLog;
    private final ImportProblems problems;
    private final Duration liveness;
    private final ExecutorService pool;
    private final ObjectMapper json = new ObjectMapper().registerModule(new JavaTimeModule());
    private final Map<UUID, CompletableFuture<Void>> local = new ConcurrentHashMap<>();

    ImportJobs(ImportJobStore store, EventLog eventLog, ImportProblems problems,
               ImportSettings settings, ClusterSettings cluster) {
        this.store = store;
        this.eventLog = eventLog;
        this.problems = problems;
        this.liveness = cluster.nodeLiveness();
        this.pool = Executors.newFixedThreadPool(settings.jobThreads(), r -> {
            Thread thread = new Thread(r, "import-job");
            thread.setDaemon(true);
            return thread;
        });
    }

    /**
     * Queues the import; the file (if any) now belongs to the job and is removed when it ends. Called on the
     * request's thread: the starter and their metadata are taken from it.
     */
    public UUID start(String kind, Path file, ImportWork work) {
        UUID id = UUID.randomUUID();
        Authentication starter = SecurityContextHolder.getContext().getAuthentication();
        Map<String, Object> actor = ActorMetadataInterceptor.currentActor();
        Long bytes = file == null ? null : file.toFile().length();
        store.queued(id, kind, starter == null ? "anonymous" : starter.getName(), ThisNode.ID, bytes);
        CompletableFuture<Void> done = new CompletableFuture<>();
        local.put(id, done);
        try {
            pool.execute(() -> {
                try {
                    SecurityContext context = SecurityContextHolder.createEmptyContext();
                    context.setAuthentication(starter);
                    SecurityContextHolder.setContext(context);
                    ActorMetadataInterceptor.actingFor(actor, () -> run(id, work));
                } catch (RuntimeException e) {
                    log.error("Import job {} could not record its end", id, e);
                    store.failed(id, "the job's end could not be recorded: " + printable(e.getMessage()));
                } catch (Error fatal) {
                    // Left alone, an Error (an OutOfMemoryError, say) leaves the job RUNNING on a live node for ever.
                    failedByError(id, fatal);
                    throw fatal;
                } finally {
                    SecurityContextHolder.clearContext();
                    if (file != null) {
                        UploadSpool.delete(file);
                    }
                    local.remove(id);
                    done.complete(null);
                }
            });
        } catch (RuntimeException e) {
            local.remove(id);
            if (file != null) {
                UploadSpool.delete(file);
            }
            throw e;
        }
        return id;
    }

    private void failedByError(UUID id, Error fatal) {
        log.error("Import job {} stopped by {}", id, fatal.toString());
        try {
            store.failed(id, "the import stopped on our side (" + fatal.getClass().getSimpleName()
                    + "); rows accepted before it are stored, nothing after it was sent");
        } catch (RuntimeException notRecorded) {
            log.error("Import job {}: its failure could not be recorded either", id, notRecorded);
        }
    }

    private void run(UUID id, ImportWork work) {
        store.running(id);
        Progress progress = new Progress(id);
        try {
            Object report = work.run(progress);
            ObjectNode body = json.valueToTree(report);
            long position = lastEventPosition();
            if (progress.cancelSeen) {
                long after = body.path("rowsRead").asLong(progress.read);
                String message = "cancelled after row " + after + "; what was accepted until then is stored, "
                        + "nothing after it was sent";
                body.put("cancelledAfterRow", after);
                body.put("message", message);
                finish(id, JobState.CANCELLED, body, 200, position, message);
            } else {
                finish(id, JobState.DONE, body, 200, position, null);
            }
        } catch (Exception e) {
            ImportProblems.Refused refusal = problems.of(e);
            ObjectNode body = json.valueToTree(refusal.body());
            store.finished(id, JobState.FAILED, progress.read, progress.accepted, progress.rejected, refusal.status(),
                    body.toString(), null, printable(refusal.message()));
        }
    }

    /** The job's message is a text column: a file's NUL or other control characters are shown escaped, not stored. */
    static String printable(String text) {
        if (text == null) {
            return null;
        }
        StringBuilder out = new StringBuilder(text.length());
        text.codePoints().forEach(c -> {
            if (Character.isISOControl(c) && c != '\n' && c != '\t') {
                out.append(String.format("\\u%04x", c));
            } else {
                out.appendCodePoint(c);
            }
        });
        return out.toString();
    }

    private void finish(UUID id, JobState state, ObjectNode body, int status, long position, String message) {
        store.finished(id, state, body.path("rowsRead").asLong(), body.path("accepted").asLong(),
                body.path("rejected").asLong(), status, body.toString(), position, message);
    }

    /** The newest event's position: at least that of the job's last event, so waiting for it reads the job's writes. */
    private long lastEventPosition() {
        return eventLog.head();
    }

    /** Waits up to the given time for a job of this node to finish; answers its state then. */
    public ImportJob await(UUID id, Duration wait) {
        CompletableFuture<Void> done = local.get(id);
        if (done != null && !wait.isZero() && !wait.isNegative()) {
            try {
                done.get(wait.toMillis(), java.util.concurrent.TimeUnit.MILLISECONDS);
            } catch (TimeoutException stillRunning) {
                // answered 202 with the job
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } catch (ExecutionException e) {
                log.debug("import job {} failed: {}", id, e.toString());
            }
        }
        return store.find(id).orElseThrow();
    }

    public Optional<ImportJob> find(UUID id) {
        return store.find(id);
    }

    /** Jobs started by the user, or every job when {@code startedBy} is null; newest first. */
    public List<ImportJob> recent(String startedBy, int limit) {
        return store.recent(startedBy, limit);
    }

    /** Asks the job to stop after the unit it is storing; answers false when it had already finished. */
    public boolean cancel(UUID id) {
        return store.requestCancel(id);
    }

    @EventListener(ApplicationReadyEvent.class)
    void failJobsOfStoppedNodesAtStart() {
        int failed = store.failOrphans(ThisNode.ID, liveness);
        if (failed > 0) {
            log.warn("Marked {} import job(s) FAILED: their node stopped while they ran", failed);
        }
    }

    @Scheduled(fixedDelayString = "${valedger.imports.orphan-check-interval:30s}", initialDelayString = "30s")
    void failJobsOfStoppedNodes() {
        try {
            store.failOrphans(null, liveness);
        } catch (RuntimeException e) {
            log.debug("orphan import check skipped: {}", e.toString());
        }
    }

    @Override
    public void destroy() {
        pool.shutdownNow();
    }

    /** The job's progress sink: counts in memory, to the database at most every half second. */
    private final class Progress implements ImportProgress {

        private final UUID id;
        private volatile Long total;
        private volatile long read;
        private volatile long accepted;
        private volatile long rejected;
        private volatile boolean cancelSeen;
        private volatile boolean cancelAsked;
        private long lastWrite;

        Progress(UUID id) {
            this.id = id;
        }

        @Override
        public void total(long rows) {
            total = rows;
            flush(true);
        }

        @Override
        public void rows(long read, long accepted, long rejected) {
            this.read = read;
            this.accepted = accepted;
            this.rejected = rejected;
            flush(false);
        }

        @Override
        public boolean cancelRequested() {
            flush(false);
            if (cancelAsked) {
                cancelSeen = true;
            }
            return cancelAsked;
        }

        private synchronized void flush(boolean now) {
            long time = System.currentTimeMillis();
            if (!now && time - lastWrite < PROGRESS_EVERY_MILLIS) {
                return;
            }
            lastWrite = time;
            cancelAsked = store.progress(id, total, read, accepted, rejected) || cancelAsked;
        }
    }
}
