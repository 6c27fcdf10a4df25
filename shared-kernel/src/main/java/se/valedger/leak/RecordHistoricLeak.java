package se.valedger.leak;

import java.time.LocalDate;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import se.valedger.pipe.Material;

/**
 * Enter a leak that was found and repaired before this ledger existed (an imported repair record). It enters
 * closed: its life cycle happened elsewhere, and it counts in the failure history.
 */
public record RecordHistoricLeak(
        @TargetAggregateIdentifier String leakId,
        String source,
        String sourceRecordId,
        String pipeId,
        LeakKind kind,
        LeakSeverity severity,
        Position position,
        String address,
        LocalDate reportedOn,
        Material material,
        Integer diameterMm,
        Integer installationYear,
        RepairMethod method,
        Double repairHours,
        FailureCause cause,
        String remarks) {
}
