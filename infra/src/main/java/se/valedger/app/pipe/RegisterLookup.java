package se.valedger.app.pipe;

import java.util.Optional;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.stereotype.Component;
import se.valedger.app.ReadYourWrites;
import se.valedger.pipe.FindPipe;
import se.valedger.pipe.PipeSummary;

/**
 * A pipe as the register shows it, once the register has caught up with that pipe's own history.
 * A pipe registered a moment ago (perhaps by another client) is then found, not refused as unknown.
 */
@Component
public class RegisterLookup {

    public static final String REGISTER = "pipe-register";

    private final QueryGateway queries;
    private final ReadYourWrites readYourWrites;

    RegisterLookup(QueryGateway queries, ReadYourWrites readYourWrites) {
        this.queries = queries;
        this.readYourWrites = readYourWrites;
    }

    public Optional<PipeSummary> find(String pipeId) {
        awaitCaughtUp(pipeId);
        return findAsIs(pipeId);
    }

    /** Waits (briefly, and never inside a command's transaction) until the register has seen all of the pipe's events. */
    public void awaitCaughtUp(String pipeId) {
        readYourWrites.awaitAggregate(REGISTER, pipeId);
    }

    /** The register's row as it is now; for callers that already waited with {@link #awaitCaughtUp}. */
    public Optional<PipeSummary> findAsIs(String pipeId) {
        return queries.query(new FindPipe(pipeId), ResponseTypes.optionalInstanceOf(PipeSummary.class)).join();
    }

    /** The registered id closest to a mistyped one, if any is within two edits (issue 21). */
    public Optional<String> similar(String pipeId) {
        return Optional.ofNullable(queries.query(new se.valedger.pipe.FindSimilarPipeId(pipeId),
                se.valedger.pipe.SimilarPipeId.class).join().pipeId());
    }
}
