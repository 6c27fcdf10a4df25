package se.valedger.app.imports;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicLong;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import se.valedger.app.MessageMetadata;
import se.valedger.kernel.InvalidInput;
import se.valedger.kernel.RuleViolated;
import se.valedger.pipe.ImportOutcome;

/**
 * Sends the rows' commands on a small pool of threads, at most a bounded number in flight, so a
 * large file streams through without being held in memory. Rows go in chunks: one transaction per
 * chunk, so a commit (and its wait for the disk) is shared by {@code valedger.imports.chunk-size}
 * pipes instead of paid by each. When any row of a chunk is refused, the whole chunk rolls back
 * and its rows are sent again one at a time, each in its own transaction: every good row is stored
 * exactly once and every refused row is named in the report, as if there were no chunks.
 */
@Component
public class ImportDispatcher implements DisposableBean {

    private final CommandGateway commandGateway;
    private final TransactionTemplate chunkTransaction;
    private final ExecutorService pool;
    private final int parallelism;
    private final int chunkSize;

    ImportDispatcher(CommandGateway commandGateway, PlatformTransactionManager transactions,
                     @Value("${valedger.imports.parallelism:4}") int parallelism,
                     @Value("${valedger.imports.chunk-size:100}") int chunkSize) {
        this.commandGateway = commandGateway;
        this.chunkTransaction = new TransactionTemplate(transactions);
        this.parallelism = parallelism;
        this.chunkSize = Math.max(1, chunkSize);
        this.pool = Executors.newFixedThreadPool(parallelism, r -> {
            Thread thread = new Thread(r, "import-dispatch");
            thread.setDaemon(true);
            return thread;
        });
    }

    /**
     * Marks a command sent as part of a chunk: if the chunk rolls back, its rows are sent again alone,
     * and only that second attempt is the one the audit trail records as refused.
     */
    static final Map<String, Object> TRIAL = Map.of(MessageMetadata.TRIAL_IN_CHUNK, true);

    public Run start(String kind, Map<String, Object> actor) {
        return new Run(kind, actor, ImportProgress.NONE);
    }

    public Run start(String kind, Map<String, Object> actor, ImportProgress progress) {
        return new Run(kind, actor, progress);
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

        private final String kind;
        private final Map<String, Object> actor;
        private final Semaphore inFlight = new Semaphore(parallelism * 2);
        private final AtomicLong rowsRead = new AtomicLong();
        private final AtomicLong created = new AtomicLong();
        private final AtomicLong corrected = new AtomicLong();
        private final AtomicLong unchanged = new AtomicLong();
        private final List<ImportReport.RowError> errors = new ArrayList<>();
        private final ImportProgress progress;
        private List<PipeRow> chunk = new ArrayList<>();

        private Run(String kind, Map<String, Object> actor, ImportProgress progress) {
            this.kind = kind;
            this.actor = actor;
            this.progress = progress;
        }

        /**
         * Lets the reader submit every row, unless the job is cancelled: that is asked before each chunk is
         * sent, so a cancelled import stops between two chunks (each its own transaction), never inside one.
         */
        public void readAll(java.util.function.Consumer<java.util.function.Consumer<PipeRow>> reader) {
            try {
                reader.accept(this::submit);
            } catch (Cancelled stop) {
                // Asked only between chunks: every row read so far was sent or refused; the rest is not read.
            }
        }

        private void reportProgress() {
            long accepted = created.get() + corrected.get() + unchanged.get();
            long rejected;
            synchronized (this) {
                rejected = errors.size();
            }
            progress.rows(rowsRead.get(), accepted, rejected);
        }

        /** Called by the one thread that reads the file. */
        void submit(PipeRow row) {
            if (chunk.isEmpty()) {
                if (progress.cancelRequested()) {
                    throw new Cancelled();
                }
            }
            rowsRead.incrementAndGet();
            if (row.error() != null) {
                error(row.error());
                return;
            }
            chunk.add(row);
            if (chunk.size() >= chunkSize) {
                dispatch();
            }
        }

        private void dispatch() {
            List<PipeRow> rows = chunk;
            chunk = new ArrayList<>();
            if (rows.isEmpty()) {
                return;
            }
            inFlight.acquireUninterruptibly();
            try {
                pool.execute(() -> {
                    try {
                        sendChunk(rows);
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

        private void sendChunk(List<PipeRow> rows) {
            List<ImportOutcome> outcomes;
            try {
                outcomes = rows.size() == 1 ? null : chunkTransaction.execute(status -> {
                    List<ImportOutcome> stored = new ArrayList<>(rows.size());
                    for (PipeRow row : rows) {
                        stored.add((ImportOutcome) commandGateway.sendAndWait(GenericCommandMessage
                                .asCommandMessage(row.command()).andMetaData(actor).andMetaData(TRIAL)));
                    }
                    return stored;
                });
            } catch (RuntimeException refusedRowOrLostRace) {
                outcomes = null;
            }
            if (outcomes == null) {
                rows.forEach(this::send);
            } else {
                outcomes.forEach(this::count);
            }
        }

        private void send(PipeRow row) {
            try {
                count((ImportOutcome) commandGateway.sendAndWait(GenericCommandMessage.asCommandMessage(row.command())
                        .andMetaData(actor)));
            } catch (RuntimeException e) {
                error(rowError(row.line(), e));
            }
        }

        private void count(ImportOutcome outcome) {
            switch (outcome) {
                case CREATED -> created.incrementAndGet();
                case CORRECTED -> corrected.incrementAndGet();
                case UNCHANGED -> unchanged.incrementAndGet();
            }
        }

        private synchronized void error(ImportReport.RowError error) {
            errors.add(error);
        }

        public ImportReport finish() {
            dispatch();
            inFlight.acquireUninterruptibly(parallelism * 2);
            inFlight.release(parallelism * 2);
            reportProgress();
            List<ImportReport.RowError> sorted;
            synchronized (this) {
                sorted = new ArrayList<>(errors);
            }
            sorted.sort(Comparator.comparingLong(ImportReport.RowError::line));
            long accepted = created.get() + corrected.get() + unchanged.get();
            return new ImportReport(kind, rowsRead.get(), accepted, sorted.size(), created.get(), corrected.get(),
                    unchanged.get(), sorted);
        }
    }

    static ImportReport.RowError rowError(long line, Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof InvalidInput invalid) {
                return new ImportReport.RowError(line, invalid.field(), invalid.reason());
            }
            if (cause instanceof RuleViolated rule) {
                return new ImportReport.RowError(line, "id", rule.reason() + " (rule " + rule.rule() + ")");
            }
        }
        return new ImportReport.RowError(line, "id", "the row could not be stored: " + failure.getMessage());
    }
}
