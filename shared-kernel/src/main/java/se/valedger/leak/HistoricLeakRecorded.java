package se.valedger.leak;

import java.time.LocalDate;
import org.axonframework.serialization.Revision;
import se.valedger.pipe.Material;

/** A repaired leak from an imported record; enters closed and counts as a failure of its pipe when one is named. */
@Revision("1")
public record HistoricLeakRecorded(
        String leakId,
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
