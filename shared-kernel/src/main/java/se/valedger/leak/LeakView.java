package se.valedger.leak;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A leak report's current state; {@code overdue} is true while it is open after its due time. {@code number} is the
 * short number people say and write ("L-2026-0042", issue 21): the year it was reported and its place among that
 * year's reports in the order the event log holds them; the {@code leakId} stays the identity.
 * {@code district} is the district of its pipe in the register, null without a registered pipe.
 */
public record LeakView(
        String leakId,
        String pipeId,
        LeakKind kind,
        LeakSeverity severity,
        LeakStatus status,
        Double estimatedFlowLps,
        Position position,
        String address,
        Instant reportedAt,
        LocalDate reportedOn,
        String reporter,
        Integer diameterMm,
        Instant dueAt,
        boolean overdue,
        Instant confirmedAt,
        Instant dismissedAt,
        String dismissReason,
        Instant scheduledFor,
        String crew,
        Instant repairedAt,
        RepairMethod repairMethod,
        Double repairHours,
        FailureCause cause,
        Instant closedAt,
        String source,
        String sourceRecordId,
        LeakPriority priority,
        String dueBasis,
        String number,
        String district) {
}
