package se.valedger.reliability;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.springframework.boot.test.context.TestComponent;
import org.springframework.jdbc.core.JdbcTemplate;
import se.valedger.pipe.InspectionLogged;
import se.valedger.projection.BatchedWrites;
import se.valedger.testing.AppProcess;

/**
 * A test projection that writes two rows per inspection into {@code probe.written}, one at once and one collected
 * for the end of the batch, and then fails on findings starting with FAIL-SQL (a PostgreSQL error, which aborts the
 * transaction) or FAIL-JAVA (an exception of its own); on FAIL-FLUSH its collected row breaks a constraint of the
 * table when the batch is sent. On SLOW it waits, so the events behind come as one batch.
 */
@TestComponent
@ProcessingGroup(WritingProbe.GROUP)
class WritingProbe {

    static final String GROUP = "writing-probe";
    /** The batch (its unit of work) each inspection's findings were handled in. */
    static final Map<String, Integer> batchOf = new ConcurrentHashMap<>();

    private final JdbcTemplate jdbc;

    WritingProbe(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @EventHandler
    void on(InspectionLogged event) {
        batchOf.put(event.findings(), System.identityHashCode(CurrentUnitOfWork.get().root()));
        if (event.findings().startsWith("SLOW")) {
            // holds this batch so that the events behind it are read meanwhile and come as one batch
            AppProcess.sleep(1500);
        }
        jdbc.update("INSERT INTO probe.written (pipe_id, findings, how) VALUES (?, ?, 'direct')",
                event.pipeId(), event.findings());
        BatchedWrites.update(jdbc, "INSERT INTO probe.written (pipe_id, findings, how) VALUES (?, ?, 'batched')",
                event.pipeId(), event.findings());
        if (event.findings().startsWith("FAIL-SQL")) {
            jdbc.queryForObject("SELECT 1 / 0", Integer.class);
        }
        if (event.findings().startsWith("FAIL-JAVA")) {
            throw new IllegalStateException("probe cannot handle " + event.findings());
        }
    }
}
