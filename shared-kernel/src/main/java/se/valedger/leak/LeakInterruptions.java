package se.valedger.leak;

import java.time.Instant;
import java.util.List;

/** Supply interruptions as the isolation steps stored them ({@link LeakIsolated}), oldest first. */
public record LeakInterruptions(List<Interruption> interruptions) {

    /**
     * One isolation: {@code customerMinutes} is customers x minutes without water as stored, null while the supply
     * is not back or the customers are not known.
     */
    public record Interruption(String leakId, String pipeId, Instant isolatedAt, Instant supplyRestoredAt,
                               Integer customersWithoutWater, Long customerMinutes) {
    }
}
