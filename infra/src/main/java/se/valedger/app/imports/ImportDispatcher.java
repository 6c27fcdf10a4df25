package se.valedger.app.imports;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.function.Consumer;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import se.valedger.app.ActorMetadataInterceptor;
import se.valedger.app.CommandSender;
import se.valedger.app.MessageMetadata;
import se.valedger.app.Refusal;

/**
 * The one engine every importer sends its rows through. Rows go in chunks of {@code valedger.imports.chunk-size}
 * on {@code valedger.imports.parallelism} threads, at most twice that many chunks in flight, so a large file
 * streams through without being held in memory: one transaction per chunk, so a commit (and its wait for the disk)
 * is shared by the chunk's rows instead of paid by each. When any row of a chunk is refused, the whole chunk rolls
 * back and its rows are sent again one at a time: every good row is stored exactly once and every refused row is
 * named in the report, as if there were no chunks. A lost optimistic-concurrency race is run again
 * ({@link CommandSender#retrying}); every command carries the importing actor's metadata, on whichever thread.
 * A sequential run sends each row alone, in file order, on the reader's thread: for rows on one aggregate (a
 * plant's days) or rows that depend on the ones before (an EN 13508 inspection on a pipe registered just before).
 */
@Component
public class ImportDispatcher implements DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(ImportDispatcher.class);

    /**
     * Marks a command sent as part of a chunk: if the chunk rolls back, its rows are sent again alone,
     * and only that second attempt is the one the audit trail records as refused.
     */
    static final Map<String, Object> TRIAL = Map.of(MessageMetadata.TRIAL_IN_CHUNK, true);

    private final CommandGateway commandGateway;
    private final CommandSender sender;
    private final TransactionTemplate chunkTransaction;
    private final ExecutorService pool;
    private final int parallelism;
    private final int chunkSize;

    ImportDispatcher(CommandGateway commandGateway, CommandSender sender, PlatformTransactionManager transactions,
                     ImportSettings settings) {
        this.commandGateway = commandGateway;
        this.sender = sender;
        this.chunkTransaction = new TransactionTemplate(transactions);
        this.parallelism = settings.parallelism();
        this.chunkSize = settings.chunkSize();
        this.pool = Executors.newFixedThreadPool(parallelism, r -> {
            Thread thread = new Thread(r, "import-dispatch");
            thread.setDaemon(true);
            return thread;
        });
    }

    /** An import whose rows go in parallel chunks. */
    public Run parallel(String kind, ImportHandling handling, ImportProgress progress) {
        return new Run(kind, handling, progress, false);
    }

    /** An import whose rows go one after the other, in file order, on the calling thread. */
    public Run sequential(String kind, ImportHandling handling, ImportProgress progress) {
        return new Run(kind, handling, progress, true);
    }

    /** Thrown into the file's reader to stop it when the job is cancelled; caught by {@link Run#readAll}. */
    private static final class Cancelled extends RuntimeException {
        Cancelled() {
            super("import cancelled", null, false, false);
        }
    }

    @Override
    public void destroy() {
        pool.shutdownNow();
    }

    /** One import in progress. */
    public final class Run {

        private final ImportReport report;
        private final ImportHandling handling;
        private final ImportProgress progress;
        private final boolean sequential;
        private final Map<String, Object> actor = ActorMetadataInterceptor.currentActor();
        private final SecurityContext security = SecurityContextHolder.getContext();
        private final Semaphore inFlight = new Semaphore(parallelism * 2);
        private List<ImportRow> chunk = new ArrayList<>();

        private Run(String kind, ImportHandling handling, ImportProgress progress, boolean sequential) {
            this.report = new ImportReport(kind);
            this.handling = handling;
            this.progress = progress;
            this.sequential = sequential;
        }

        /** The report being filled: an importer adds its warnings and details here. */
        public ImportReport report() {
            return report;
        }

        /**
         * Lets the reader submit every row, unless the job is cancelled: that is asked before each chunk (each row,
         * when sequential), so a cancelled import stops between two transactions, never inside one; rows not read
         * by then are not counted.
         */
        public void readAll(Consumer<Consumer<ImportRow>> reader) {
            try {
                reader.accept(this::submit);
            } catch (Cancelled stop) {
                // Every row read so far was stored or refused; the rest is not read.
            }
        }

        /** Rows the importer refused before they became commands, counted as read and rejected. */
        public void refusedBeforeSending(long rows, List<ImportReport.Row> errors) {
            report.read(rows);
            report.rejected(rows, errors);
        }

        /** Called by the one thread that reads the file. */
        public void submit(ImportRow row) {
            if (chunk.isEmpty() && progress.cancelRequested()) {
                throw new Cancelled();
            }
            report.read(row.rows());
            if (row.refusal() != null) {
                report.rejected(row.rows(), row.refusal());
                row.whenStored().accept(report);
                return;
            }
            if (sequential) {
                actingAsStarter(() -> send(row));
                reportProgress();
                return;
            }
            chunk.add(row);
            if (chunk.size() >= chunkSize) {
                dispatch();
            }
        }

        public ImportReport finish() {
            dispatch();
            inFlight.acquireUninterruptibly(parallelism * 2);
            inFlight.release(parallelism * 2);
            reportProgress();
            return report;
        }

        private void reportProgress() {
            progress.rows(report.rowsRead(), report.acceptedCount(), report.rejectedCount());
        }

        private void dispatch() {
            List<ImportRow> rows = chunk;
            chunk = new ArrayList<>();
            if (rows.isEmpty()) {
                return;
            }
            inFlight.acquireUninterruptibly();
            try {
                pool.execute(() -> {
                    try {
                        actingAsStarter(() -> sendChunk(rows));
                    } finally {
                        inFlight.release();
                        reportProgress();
                    }
                });
            } catch (RuntimeException e) {
                inFlight.release();
                throw e;
            }
        }

        /** Runs on a pool thread as the import's starter, so every command's metadata say who imported it. */
        private void actingAsStarter(Runnable work) {
            boolean otherThread = SecurityContextHolder.getContext() != security;
            if (otherThread) {
                SecurityContextHolder.setContext(security);
            }
            try {
                ActorMetadataInterceptor.actingFor(actor, work);
            } finally {
                if (otherThread) {
                    SecurityContextHolder.clearContext();
                }
            }
        }

        private void sendChunk(List<ImportRow> rows) {
            List<List<Outcome>> outcomes = rows.size() == 1 ? null : inOneTransaction(rows);
            if (outcomes == null) {
                rows.forEach(this::send);
                return;
            }
            for (int i = 0; i < rows.size(); i++) {
                stored(rows.get(i), outcomes.get(i));
            }
        }

        /** The chunk's outcomes, or null when it rolled back (a row refused, or a race lost every attempt). */
        private List<List<Outcome>> inOneTransaction(List<ImportRow> rows) {
            try {
                return sender.retrying(() -> chunkTransaction.execute(status -> {
                    List<List<Outcome>> all = new ArrayList<>(rows.size());
                    for (ImportRow row : rows) {
                        List<Outcome> counted = new ArrayList<>();
                        for (Object command : row.commands()) {
                            counted.add(handling.outcome(command, sendOne(command, TRIAL)));
                        }
                        all.add(counted);
                    }
                    return all;
                }));
            } catch (RuntimeException refusedRowOrLostRace) {
                return null;
            }
        }

        /** A row alone: its commands in order, each stored as it goes; a refusal stops the row. */
        private void send(ImportRow row) {
            List<Outcome> counted = new ArrayList<>();
            try {
                for (Object command : row.commands()) {
                    counted.add(handling.outcome(command, sender.retrying(() -> sendOne(command, Map.of()))));
                }
                stored(row, counted);
            } catch (RuntimeException failure) {
                counted.forEach(report::count);
                refused(row, failure);
            }
        }

        private Object sendOne(Object command, Map<String, Object> trial) {
            return commandGateway.sendAndWait(GenericCommandMessage.asCommandMessage(command)
                    .andMetaData(actor).andMetaData(trial));
        }

        private void stored(ImportRow row, List<Outcome> outcomes) {
            outcomes.forEach(report::count);
            report.accepted(row.rows());
            row.whenStored().accept(report);
        }

        private void refused(ImportRow row, RuntimeException failure) {
            Optional<Refusal> refusal = Refusal.of(failure);
            Optional<Outcome> there = refusal.flatMap(handling::alreadyThere);
            if (there.isPresent()) {
                report.count(there.get());
                report.accepted(row.rows());
            } else if (refusal.isPresent()) {
                report.rejected(row.rows(), handling.describe(row, refusal.get()));
            } else {
                log.warn("Import {}: the row at line {} failed on our side", report.kind(), row.line(), failure);
                report.rejected(row.rows(), new ImportReport.Row(row.line(), "row",
                        "the row could not be stored (a failure on our side; it has been logged)"));
            }
        }
    }
}
