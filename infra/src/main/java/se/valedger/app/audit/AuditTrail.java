package se.valedger.app.audit;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Where every hook hands its attempts. By default the caller waits until its entry is durable (the
 * writer batches concurrent callers, so this costs one short round trip, not one per command); with
 * {@code valedger.audit.durable-before-answer=false} it does not wait at all. Durable means chained, or, when the
 * database does not take it within {@code valedger.audit.outage-answer-timeout}, fsync'd in the node's spool. Accepted commands need no
 * waiting: their attempt is stored in their own transaction.
 */
@Component
public class AuditTrail {

    private static final Logger log = LoggerFactory.getLogger(AuditTrail.class);

    private final AuditWriter writer;
    private volatile boolean durableBeforeAnswer;
    private final Duration maxWait;
    /** A refusal's answer waits no longer than this for the database; then its entry is in the spool. */
    private final Duration answerTimeout;
    /** Only for measuring what the command audit costs; see AuditThroughputTest. */
    private volatile boolean commandsAudited = true;

    AuditTrail(AuditWriter writer, AuditSettings settings) {
        this.writer = writer;
        this.answerTimeout = settings.outageAnswerTimeout();
        this.durableBeforeAnswer = settings.durableBeforeAnswer();
        this.maxWait = settings.maxWait();
    }

    public void record(AuditAttempt attempt) {
        if (durableBeforeAnswer) {
            await(writer.appendNow(attempt, answerTimeout), attempt);
        } else {
            writer.append(attempt);
        }
    }

    /** Records within the current transaction; chained once it commits (see {@link #committed()}). */
    public void recordInTransaction(AuditAttempt attempt) {
        writer.appendInTransaction(attempt);
    }

    /** A transaction with recorded attempts committed: chain them soon. */
    public void committed() {
        writer.nudge();
    }

    /** Records and always waits: for reads of the trail, whose answer should include their own entry's place. */
    public AuditEntry recordAndWait(AuditAttempt attempt) {
        return await(writer.appendNow(attempt, answerTimeout), attempt);
    }

    private AuditEntry await(CompletableFuture<AuditEntry> written, AuditAttempt attempt) {
        try {
            return written.get(maxWait.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (ExecutionException | TimeoutException e) {
            log.error("Audit entry for {} {} not confirmed", attempt.type(), attempt.outcome(), e);
        }
        return null;
    }

    public boolean commandsAudited() {
        return commandsAudited;
    }

    void durableBeforeAnswer(boolean durable) {
        this.durableBeforeAnswer = durable;
    }

    void auditCommands(boolean audited) {
        this.commandsAudited = audited;
    }
}
