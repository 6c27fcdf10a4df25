package se.valedger.renewal;

import se.valedger.kernel.InvalidInput;
import se.valedger.kernel.RuleViolated;

/** Only registered pipes in service are planned; a decommissioned pipe is not renewed. */
final class DecommissionedPipesCannotBePlanned {

    private DecommissionedPipesCannotBePlanned() {
    }

    static void check(PipeStatusLookup pipes, String field, String pipeId) {
        String status = pipes.statusOf(pipeId).orElseThrow(() ->
                new InvalidInput(field, "no pipe with id " + pipeId + " is in the register"));
        if (PipeStatusLookup.DECOMMISSIONED.equals(status)) {
            throw new RuleViolated("DecommissionedPipesCannotBePlanned", "pipe " + pipeId
                    + " is decommissioned and cannot be planned for renewal");
        }
    }
}
