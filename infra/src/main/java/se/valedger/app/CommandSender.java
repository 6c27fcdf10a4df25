package se.valedger.app;

import java.util.function.Supplier;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.stereotype.Component;

/**
 * The one way a command is sent from outside the domain (API, forms, importers, start-up): it waits for the
 * command, runs it again when it lost an optimistic-concurrency race ({@link CommandRetry}), and answers the
 * position of the aggregate's newest event for read-your-writes.
 */
@Component
public class CommandSender {

    private final CommandGateway commandGateway;
    private final EventLog log;
    private final CommandRetry retry;

    CommandSender(CommandGateway commandGateway, EventLog log, CommandRetry retry) {
        this.commandGateway = commandGateway;
        this.log = log;
        this.retry = retry;
    }

    /** Runs the command on the aggregate and answers the global position of that aggregate's newest event. */
    public long send(Object command, String aggregateId) {
        return sendForResult(command, aggregateId).position();
    }

    /** As {@link #send}, keeping what the command handler answered (e.g. how a measurement was judged). */
    public <R> Sent<R> sendForResult(Object command, String aggregateId) {
        return retry.run(() -> {
            R result = commandGateway.sendAndWait(command);
            return new Sent<>(result, log.lastPositionOf(aggregateId));
        });
    }

    /** Runs an attempt that sends commands itself (a chunk of an import) with the same concurrency retry. */
    public <T> T retrying(Supplier<T> attempt) {
        return retry.run(attempt);
    }

    public record Sent<R>(R result, long position) {
    }
}
