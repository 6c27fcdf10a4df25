package se.valedger.renewal;

import se.valedger.kernel.InvalidInput;
import se.valedger.kernel.RuleViolated;
import se.valedger.pipe.PipeStatus;

/** Only registered pipes in service are planned; a decommissioned pipe is not renewed. */
final class DecommissionedPipesCannotBePlanned {

    private DecommissionedPipesCannotBePlanned() {
    }

    static void check(PipeStatusLookup pipes, String field, String pipeId) {
        PipeStatus status = pipes.statusOf(pipeId).orElseThrow(() ->
                new InvalidInput(field, "no pipe with id " + pipeId + " is in the register"));
        if (status == PipeStatus.DECOMMISSIONED) {
            throw new RuleViolated("DecommissionedPipesCannotBePlanned", "pipe " + pipeId
                    + " is decommissioned and cannot be planned for renewal");
        }
    }
}
