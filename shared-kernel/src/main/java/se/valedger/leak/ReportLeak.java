package se.valedger.leak;

import java.time.Instant;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Report a leak at a position and/or on a pipe. {@code diameterMm} is the pipe's size when known (the web layer
 * fills it from the register); it sets the due time with the severity.
 */
public record ReportLeak(
        @TargetAggregateIdentifier String leakId,
        String pipeId,
        LeakKind kind,
        LeakSeverity severity,
        Double estimatedFlowLps,
        Position position,
        Instant reportedAt,
        String reporter,
        Integer diameterMm) {
}
