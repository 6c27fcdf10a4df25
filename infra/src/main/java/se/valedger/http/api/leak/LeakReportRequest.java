package se.valedger.http.api.leak;

import java.time.Instant;
import se.valedger.leak.LeakKind;
import se.valedger.leak.LeakSeverity;
import se.valedger.leak.Position;
import se.valedger.leak.ReportLeak;

/**
 * The body of {@code POST /api/leaks}. {@code diameterMm} only when no pipe is named: a named pipe's diameter comes
 * from the register ({@link se.valedger.app.leak.LeakReports}). {@code priority} ACUTE or PLANNED sets the
 * due time; without it the class follows from the severity.
 */
record LeakReportRequest(String pipeId, LeakKind kind, LeakSeverity severity, Double estimatedFlowLps, Position position,
                         Instant reportedAt, String reporter, Integer diameterMm,
                         se.valedger.leak.LeakPriority priority) {

    ReportLeak toCommand(String leakId, String defaultReporter) {
        return new ReportLeak(leakId, pipeId, kind, severity, estimatedFlowLps, position, reportedAt,
                reporter == null || reporter.isBlank() ? defaultReporter : reporter,
                diameterMm, priority);
    }
}
