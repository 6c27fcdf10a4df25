package se.valedger.leak;

import java.time.Instant;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Report a leak at a position and/or on a pipe. {@code diameterMm} is the pipe's size when known (the web layer
 * fills it from the register); {@code priority} (ACUTE/PLANNED; none: from the severity) sets the due time
 * ({@link LeakTargets}).
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
        Integer diameterMm,
        LeakPriority priority) {

    /** As before priority classes: the class follows from the severity ({@link LeakPriority#fromSeverity}). */
    public ReportLeak(String leakId, String pipeId, LeakKind kind, LeakSeverity severity, Double estimatedFlowLps,
                      Position position, Instant reportedAt, String reporter, Integer diameterMm) {
        this(leakId, pipeId, kind, severity, estimatedFlowLps, position, reportedAt, reporter, diameterMm, null);
    }
}
