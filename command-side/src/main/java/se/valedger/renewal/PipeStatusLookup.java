package se.valedger.renewal;

import java.util.Optional;
import se.valedger.pipe.PipeStatus;

/**
 * A pipe's status in the register (IN_SERVICE, DECOMMISSIONED, ...), empty if no such pipe is
 * registered. Implemented in infra through the query bus, so the write side reads the register
 * without depending on the query side; the answer is as fresh as the register projection.
 */
public interface PipeStatusLookup {

    /** The register's status word for a decommissioned pipe ({@link PipeStatus#name()}). */
    String DECOMMISSIONED = PipeStatus.DECOMMISSIONED.name();

    Optional<String> statusOf(String pipeId);
}
