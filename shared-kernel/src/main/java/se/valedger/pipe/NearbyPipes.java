package se.valedger.pipe;

import java.util.List;

/** The answer to {@link FindPipesNear}: nearest first. */
public record NearbyPipes(List<NearbyPipe> items) {

    public NearbyPipes {
        items = items == null ? List.of() : List.copyOf(items);
    }

    /** A pipe and its shortest distance (metres) from the asked point to its centre line. */
    public record NearbyPipe(PipeSummary pipe, double distanceM) {
    }
}
