package se.valedger.app;

import java.net.URI;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;

/** Sends a command, waits for it, and answers with the position of its events for read-your-writes. */
@Component
public class Commands {

    public static final String EVENT_POSITION = "X-Event-Position";

    private final CommandGateway commandGateway;
    private final EventPositions positions;
    private final CommandRetry retry;

    Commands(CommandGateway commandGateway, EventPositions positions, CommandRetry retry) {
        this.commandGateway = commandGateway;
        this.positions = positions;
        this.retry = retry;
    }

    /** Runs the command on the aggregate and answers the global position of that aggregate's newest event. */
    public long send(Object command, String aggregateId) {
        return retry.run(() -> {
            commandGateway.sendAndWait(command);
            return positions.latestOf(aggregateId);
        });
    }

    public static <T> ResponseEntity<T> created(URI location, long position, T body) {
        return ResponseEntity.created(location).header(EVENT_POSITION, Long.toString(position)).body(body);
    }

    public static <T> ResponseEntity<T> accepted(long position, T body) {
        return ResponseEntity.status(HttpStatus.ACCEPTED).header(EVENT_POSITION, Long.toString(position)).body(body);
    }
}
