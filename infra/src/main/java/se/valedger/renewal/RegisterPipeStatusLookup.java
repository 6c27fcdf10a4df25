package se.valedger.renewal;

import java.util.Optional;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.stereotype.Component;
import se.valedger.pipe.FindPipe;
import se.valedger.pipe.PipeSummary;

/**
 * A pipe's status as the register shows it, asked through the query bus (local, in the caller's
 * thread and transaction: one indexed row read). As fresh as the pipe-register projection.
 */
@Component
class RegisterPipeStatusLookup implements PipeStatusLookup {

    private final QueryGateway queries;

    RegisterPipeStatusLookup(QueryGateway queries) {
        this.queries = queries;
    }

    @Override
    public Optional<String> statusOf(String pipeId) {
        return queries.query(new FindPipe(pipeId), ResponseTypes.optionalInstanceOf(PipeSummary.class)).join()
                .map(PipeSummary::status);
    }
}
