package se.valedger.renewal;

import java.util.Optional;
import org.springframework.stereotype.Component;
import se.valedger.web.RegisterLookup;
import se.valedger.pipe.PipeSummary;

/**
 * A pipe's status as the register shows it, once the register has caught up with that pipe's own
 * events (usually at once; only a pipe changed a moment ago makes it wait, briefly).
 */
@Component
class RegisterPipeStatusLookup implements PipeStatusLookup {

    private final RegisterLookup register;

    RegisterPipeStatusLookup(RegisterLookup register) {
        this.register = register;
    }

    @Override
    public Optional<String> statusOf(String pipeId) {
        return register.find(pipeId).map(PipeSummary::status);
    }
}
