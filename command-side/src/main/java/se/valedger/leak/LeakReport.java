package se.valedger.leak;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import java.time.Clock;
import java.time.Instant;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;
import se.valedger.kernel.InvalidInput;

/** A reported leak and its way to a closed repair ({@link LeakLifeCycle}). */
@Aggregate(cache = "leakReportCache")
class LeakReport {

    @AggregateIdentifier
    private String leakId;
    private String pipeId;
    private LeakStatus status;
    private Instant reportedAt;

    LeakReport() {
        // for Axon
    }

    @CommandHandler
    LeakReport(ReportLeak command, Clock clock, RepairDeadlines deadlines) {
        PlausibleLeak.checkReport(command, clock);
        Instant reported = command.reportedAt() == null ? clock.instant() : command.reportedAt();
        apply(new LeakReported(command.leakId(), PlausibleLeak.blank(command.pipeId()) ? null : command.pipeId().strip(),
                command.kind(), command.severity(), command.estimatedFlowLps(), command.position(), reported,
                command.reporter(), command.diameterMm(),
                reported.plus(deadlines.dueAfter(command.severity(), command.diameterMm()))));
    }

    @CommandHandler
    LeakReport(RecordHistoricLeak command, Clock clock) {
        PlausibleLeak.checkHistoric(command, clock);
        apply(new HistoricLeakRecorded(command.leakId(), command.source(), command.sourceRecordId(),
                PlausibleLeak.blank(command.pipeId()) ? null : command.pipeId(), command.kind(), command.severity(),
                command.position(), command.address(), command.reportedOn(), command.material(), command.diameterMm(),
                command.installationYear(), command.method(), command.repairHours(), command.cause(), command.remarks()));
    }

    @CommandHandler
    void handle(ConfirmLeak command, Clock clock) {
        LeakLifeCycle.check(leakId, status, LeakStatus.CONFIRMED);
        PlausibleLeak.text("note", command.note(), 2_000);
        apply(new LeakConfirmed(leakId, clock.instant(), command.note()));
    }

    @CommandHandler
    void handle(DismissLeak command, Clock clock) {
        LeakLifeCycle.check(leakId, status, LeakStatus.DISMISSED);
        if (PlausibleLeak.blank(command.reason())) {
            throw new InvalidInput("reason", "say why the report is dismissed");
        }
        PlausibleLeak.text("reason", command.reason(), 2_000);
        apply(new LeakDismissed(leakId, clock.instant(), command.reason().strip()));
    }

    @CommandHandler
    void handle(ScheduleLeakRepair command) {
        LeakLifeCycle.check(leakId, status, LeakStatus.REPAIR_SCHEDULED);
        PlausibleLeak.required("scheduledFor", command.scheduledFor());
        if (command.scheduledFor().isBefore(reportedAt)) {
            throw new InvalidInput("scheduledFor", "a repair cannot be scheduled before the leak was reported ("
                    + reportedAt + ")");
        }
        PlausibleLeak.text("crew", command.crew(), 200);
        apply(new LeakRepairScheduled(leakId, command.scheduledFor(), command.crew()));
    }

    @CommandHandler
    void handle(RecordLeakRepair command, Clock clock) {
        LeakLifeCycle.check(leakId, status, LeakStatus.REPAIRED);
        PlausibleLeak.required("method", command.method());
        PlausibleLeak.required("repairHours", command.repairHours());
        PlausibleLeak.checkRepairHours(command.repairHours());
        Instant repaired = command.repairedAt() == null ? clock.instant() : command.repairedAt();
        PlausibleLeak.notInFuture("repairedAt", repaired, clock);
        if (repaired.isBefore(reportedAt)) {
            throw new InvalidInput("repairedAt", "a repair cannot end before the leak was reported (" + reportedAt + ")");
        }
        apply(new LeakRepaired(leakId, pipeId, repaired, command.method(), command.repairHours(),
                command.cause() == null ? FailureCause.UNKNOWN : command.cause()));
    }

    @CommandHandler
    void handle(CloseLeak command, Clock clock) {
        LeakLifeCycle.check(leakId, status, LeakStatus.CLOSED);
        PlausibleLeak.text("note", command.note(), 2_000);
        apply(new LeakClosed(leakId, clock.instant(), command.note()));
    }

    @EventSourcingHandler
    void on(LeakReported event) {
        leakId = event.leakId();
        pipeId = event.pipeId();
        reportedAt = event.reportedAt();
        status = LeakStatus.REPORTED;
    }

    @EventSourcingHandler
    void on(HistoricLeakRecorded event) {
        leakId = event.leakId();
        pipeId = event.pipeId();
        status = LeakStatus.CLOSED;
    }

    @EventSourcingHandler
    void on(LeakConfirmed event) {
        status = LeakStatus.CONFIRMED;
    }

    @EventSourcingHandler
    void on(LeakDismissed event) {
        status = LeakStatus.DISMISSED;
    }

    @EventSourcingHandler
    void on(LeakRepairScheduled event) {
        status = LeakStatus.REPAIR_SCHEDULED;
    }

    @EventSourcingHandler
    void on(LeakRepaired event) {
        status = LeakStatus.REPAIRED;
    }

    @EventSourcingHandler
    void on(LeakClosed event) {
        status = LeakStatus.CLOSED;
    }
}
