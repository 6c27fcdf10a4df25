package se.valedger.app;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.function.Supplier;
import org.axonframework.modelling.command.ConcurrencyException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Runs a command again when it lost an optimistic-concurrency race: another writer appended the
 * same sequence number of the same aggregate first (the unique key on (aggregate, sequence) refused
 * ours). A retry reloads the aggregate, so its rules see the winner's events and decide afresh;
 * nothing was stored by the losing attempt. Creation conflicts (the id exists) are not retried.
 * Inside an outer transaction (an idempotent request) every attempt runs in a savepoint, so a lost
 * race leaves the outer transaction usable. After the last attempt the client gets 409.
 */
@Component
class CommandRetry {

    private final TransactionTemplate savepoint;
    private final int attempts;
    private final Counter retried;

    CommandRetry(PlatformTransactionManager transactions, MeterRegistry meters,
                 CommandSettings settings) {
        this.savepoint = new TransactionTemplate(transactions);
        this.savepoint.setPropagationBehavior(TransactionDefinition.PROPAGATION_NESTED);
        this.attempts = settings.concurrencyAttempts();
        this.retried = Counter.builder("valedger.commands.concurrency.retries")
                .description("commands run again after losing an optimistic-concurrency race").register(meters);
    }

    <T> T run(Supplier<T> attempt) {
        for (int n = 1; ; n++) {
            try {
                return TransactionSynchronizationManager.isActualTransactionActive()
                        ? savepoint.execute(status -> attempt.get())
                        : attempt.get();
            } catch (ConcurrencyException e) {
                if (n >= attempts) {
                    throw e;
                }
                retried.increment();
                pause(n);
            }
        }
    }

    private static void pause(int attempt) {
        try {
            Thread.sleep((long) (Math.random() * 5 * attempt));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while retrying a command", e);
        }
    }
}
