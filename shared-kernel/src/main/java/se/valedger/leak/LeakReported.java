package se.valedger.leak;

import java.time.Instant;
import org.axonframework.serialization.Revision;

/**
 * A leak was reported. Revision 2 (issue 20) adds {@code priority} and {@code dueBasis}; a revision 1 event is read
 * with no priority and a basis saying its due time came from the former CARE-W x severity rule
 * ({@link LeakTargets#FORMER_BASIS}).
 */
@Revision("2")
public record LeakReported(
        String leakId,
        String pipeId,
        LeakKind kind,
        LeakSeverity severity,
        Double estimatedFlowLps,
        Position position,
        Instant reportedAt,
        String reporter,
        Integer diameterMm,
        Instant dueAt,
        LeakPriority priority,
        String dueBasis) {
}
