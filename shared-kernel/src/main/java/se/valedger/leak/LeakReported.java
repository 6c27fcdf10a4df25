package se.valedger.leak;

import java.time.Instant;
import org.axonframework.serialization.Revision;

@Revision("1")
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
        Instant dueAt) {
}
