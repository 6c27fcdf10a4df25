package se.valedger.imports;

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
import se.valedger.kernel.InvalidInput;
import se.valedger.kernel.RuleViolated;
import se.valedger.pipe.ImportOutcome;

/**
 * Sends the rows' commands on a small pool of threads, at most a bounded number in flight, so a
 * large file streams through without being held in memory. Each command is its own short transaction.
 */
@Component
class ImportDispatcher implements DisposableBean {

    private final CommandGateway commandGateway;
    private final ExecutorService pool;
    private final int parallelism;

    ImportDispatcher(CommandGateway commandGateway, @Value("${valedger.imports.parallelism:4}") int parallelism) {
        this.commandGateway = commandGateway;
        this.parallelism = parallelism;
        this.pool = Executors.newFixedThreadPool(parallelism, r -> {
            Thread thread = new Thread(r, "import-dispatch");
            thread.setDaemon(true);
            return thread;
        });
    }

    Run start(String kind, Map<String, Object> actor) {
        return new Run(kind, actor);
    }

    @Override
    public void destroy() {
        pool.shutdownNow();
    }

    /** One import in progress. */
    final class Run {

        private final String kind;
        private final Map<String, Object> actor;
        private final Semaphore inFlight = new Semaphore(parallelism * 4);
        private final AtomicLong rowsRead = new AtomicLong();
        private final AtomicLong created = new AtomicLong();
        private final AtomicLong corrected = new AtomicLong();
        private final AtomicLong unchanged = new AtomicLong();
        private final List<ImportReport.RowError> errors = new ArrayList<>();

        private Run(String kind, Map<String, Object> actor) {
            this.kind = kind;
            this.actor = actor;
        }

        void submit(PipeRow row) {
            rowsRead.incrementAndGet();
            if (row.error() != null) {
                error(row.error());
                return;
            }
            inFlight.acquireUninterruptibly();
            try {
                pool.execute(() -> {
                    try {
                        send(row);
                    } finally {
                        inFlight.release();
                    }
                });
            } catch (RuntimeException e) {
                inFlight.release();
                throw e;
            }
        }

        private void send(PipeRow row) {
            try {
                Object outcome = commandGateway.sendAndWait(GenericCommandMessage.asCommandMessage(row.command())
                        .andMetaData(actor));
                switch ((ImportOutcome) outcome) {
                    case CREATED -> created.incrementAndGet();
                    case CORRECTED -> corrected.incrementAndGet();
                    case UNCHANGED -> unchanged.incrementAndGet();
                }
            } catch (RuntimeException e) {
                error(rowError(row.line(), e));
            }
        }

        private synchronized void error(ImportReport.RowError error) {
            errors.add(error);
        }

        ImportReport finish() {
            inFlight.acquireUninterruptibly(parallelism * 4);
            inFlight.release(parallelism * 4);
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
