package se.valedger.app.renewal;

import java.util.Optional;
import org.springframework.stereotype.Component;
import se.valedger.app.pipe.RegisterLookup;
import se.valedger.pipe.PipeStatus;
import se.valedger.pipe.PipeSummary;
import se.valedger.renewal.PipeStatusLookup;

/**
 * A pipe's status as the register shows it. Called inside the plan's command transaction, so it never
 * waits: the HTTP and UI paths wait for the register to catch up with the pipe before they dispatch
 * (RenewalPipes).
 */
@Component
class RegisterPipeStatusLookup implements PipeStatusLookup {

    private final RegisterLookup register;

    RegisterPipeStatusLookup(RegisterLookup register) {
        this.register = register;
    }

    @Override
    public Optional<PipeStatus> statusOf(String pipeId) {
        return register.findAsIs(pipeId).map(PipeSummary::status);
    }
}
