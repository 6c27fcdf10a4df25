package se.valedger.renewal;

import java.util.Optional;
import se.valedger.pipe.PipeStatus;

/**
 * A pipe's status in the register, empty if no such pipe is registered. Implemented in infra through the
 * query bus, so the write side reads the register without depending on the query side; the answer is as
 * fresh as the register projection.
 */
public interface PipeStatusLookup {

    Optional<PipeStatus> statusOf(String pipeId);
}
