package se.valedger.app;

import java.time.Duration;
import java.util.Collections;
import java.util.List;
import org.axonframework.eventhandling.GapAwareTrackingToken;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventhandling.WrappedToken;
import org.springframework.stereotype.Component;

/**
 * Lets a query wait until a projection has processed a given event position. Reads the
 * processor's tokens from the token store ({@link EventLog#tokensOf}), so it holds whichever node owns the segments.
 */
@Component
public class ReadYourWrites {

    private static final long POLL_MILLIS = 10;

    private final EventLog log;
    private final Duration maxWait;

    ReadYourWrites(EventLog log, ReadYourWritesSettings settings) {
        this.log = log;
        this.maxWait = settings.maxWait();
    }

    /** Waits until the processing group has handled every event of the aggregate stored so far. */
    public boolean awaitAggregate(String processingGroup, String aggregateId) {
        return await(processingGroup, log.lastPositionOf(aggregateId));
    }

    /** Waits until the processing group has handled position {@code minPosition}; false if it did not in time. */
    public boolean await(String processingGroup, Long minPosition) {
        if (minPosition == null || minPosition < 0) {
            return true;
        }
        TrackingToken target = GapAwareTrackingToken.newInstance(minPosition, Collections.emptySet());
        long deadline = System.nanoTime() + maxWait.toNanos();
        while (true) {
            if (reached(processingGroup, target)) {
                return true;
            }
            if (System.nanoTime() > deadline) {
                return false;
            }
            try {
                Thread.sleep(POLL_MILLIS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            }
        }
    }

    boolean reached(String processingGroup, TrackingToken target) {
        List<TrackingToken> tokens = log.tokensOf(processingGroup);
        return !tokens.isEmpty() && tokens.stream().allMatch(token -> token != null && passed(token, target));
    }

    /**
     * A gap below the position is an index the processor has not seen: a transaction still in flight
     * or one that rolled back and will never fill it (a lost race, an import chunk tried again row by
     * row). Neither holds the client's own write, which committed at the position itself; Axon keeps
     * such gaps in the token for a minute, so {@code covers} would keep every reader waiting that long.
     */
    static boolean passed(TrackingToken token, TrackingToken target) {
        TrackingToken current = WrappedToken.unwrapLowerBound(token);
        if (current instanceof GapAwareTrackingToken processed && target instanceof GapAwareTrackingToken wanted) {
            return processed.getIndex() >= wanted.getIndex() && !processed.getGaps().contains(wanted.getIndex());
        }
        return token.covers(target);
    }
}
