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
    private boolean isolated;
    private boolean surfaceRestored;

    LeakReport() {
        // for Axon
    }

    @CommandHandler
    LeakReport(ReportLeak command, Clock clock, LeakTargets targets) {
        PlausibleLeak.checkReport(command, clock);
        Instant reported = command.reportedAt() == null ? clock.instant() : command.reportedAt();
        boolean fromSeverity = command.priority() == null;
        LeakPriority priority = fromSeverity ? LeakPriority.fromSeverity(command.severity()) : command.priority();
        apply(new LeakReported(command.leakId(), PlausibleLeak.blank(command.pipeId()) ? null : command.pipeId().strip(),
                command.kind(), command.severity(), command.estimatedFlowLps(), command.position(), reported,
                command.reporter(), command.diameterMm(),
                reported.plus(targets.dueAfter(priority)), priority,
                targets.basis(priority, fromSeverity, command.severity())));
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

    @CommandHandler
    void handle(IsolateLeak command, Clock clock) {
        LeakStepsFollowTheWork.check(leakId, status, "isolate");
        LeakStepsFollowTheWork.once(leakId, isolated, "isolate");
        Instant at = stepTime("isolatedAt", command.isolatedAt(), clock);
        if (command.customersWithoutWater() != null && (command.customersWithoutWater() < 0
                || command.customersWithoutWater() > 1_000_000)) {
            throw new InvalidInput("customersWithoutWater", "0 to 1,000,000 customers, was " + command.customersWithoutWater());
        }
        Long minutes = null;
        if (command.supplyRestoredAt() != null) {
            PlausibleLeak.notInFuture("supplyRestoredAt", command.supplyRestoredAt(), clock);
            if (command.supplyRestoredAt().isBefore(at)) {
                throw new InvalidInput("supplyRestoredAt", "supply cannot come back before the isolation (" + at + ")");
            }
            if (command.customersWithoutWater() != null) {
                minutes = command.customersWithoutWater()
                        * java.time.Duration.between(at, command.supplyRestoredAt()).toMinutes();
            }
        }
        java.util.List<String> valves = command.valvesClosed() == null ? java.util.List.of()
                : java.util.List.copyOf(command.valvesClosed());
        if (valves.size() > 500) {
            throw new InvalidInput("valvesClosed", "at most 500 valves");
        }
        valves.forEach(v -> PlausibleLeak.text("valvesClosed", v, 100));
        PlausibleLeak.text("note", command.note(), 2_000);
        apply(new LeakIsolated(leakId, at, valves, command.fromAnalysis(), command.customersWithoutWater(),
                command.supplyRestoredAt(), minutes, command.note()));
    }

    @CommandHandler
    void handle(RecordTemporaryRepair command, Clock clock) {
        LeakStepsFollowTheWork.check(leakId, status, "temporary-repair");
        Instant at = stepTime("repairedAt", command.repairedAt(), clock);
        if (command.method() == null) {
            throw new InvalidInput("method", "say how the leak was stopped for now (CLAMP, SLEEVE, ...)");
        }
        PlausibleLeak.text("note", command.note(), 2_000);
        apply(new LeakTemporarilyRepaired(leakId, at, command.method(), command.note()));
    }

    @CommandHandler
    void handle(RecordLeakHygiene command, Clock clock) {
        LeakStepsFollowTheWork.check(leakId, status, "hygiene");
        Instant at = stepTime("at", command.at(), clock);
        boolean sampled = Boolean.TRUE.equals(command.sampleTaken());
        if (command.sampleResult() != null && !sampled) {
            throw new InvalidInput("sampleResult", "a sample result needs sampleTaken true");
        }
        if (command.boilWaterNoticeIssuedAt() != null) {
            PlausibleLeak.notInFuture("boilWaterNoticeIssuedAt", command.boilWaterNoticeIssuedAt(), clock);
        }
        if (command.boilWaterNoticeLiftedAt() != null) {
            PlausibleLeak.notInFuture("boilWaterNoticeLiftedAt", command.boilWaterNoticeLiftedAt(), clock);
            if (command.boilWaterNoticeIssuedAt() != null
                    && command.boilWaterNoticeLiftedAt().isBefore(command.boilWaterNoticeIssuedAt())) {
                throw new InvalidInput("boilWaterNoticeLiftedAt", "a notice is lifted after it was issued ("
                        + command.boilWaterNoticeIssuedAt() + ")");
            }
        }
        PlausibleLeak.text("note", command.note(), 2_000);
        apply(new LeakHygieneRecorded(leakId, at, Boolean.TRUE.equals(command.flushed()),
                Boolean.TRUE.equals(command.disinfected()), sampled,
                sampled && command.sampleResult() == null ? SampleResult.PENDING : command.sampleResult(),
                command.boilWaterNoticeIssuedAt(), command.boilWaterNoticeLiftedAt(), command.note()));
    }

    @CommandHandler
    void handle(RestoreLeakSurface command, Clock clock) {
        LeakStepsFollowTheWork.check(leakId, status, "restore-surface");
        LeakStepsFollowTheWork.once(leakId, surfaceRestored, "restore-surface");
        Instant at = stepTime("restoredAt", command.restoredAt(), clock);
        PlausibleLeak.text("note", command.note(), 2_000);
        apply(new LeakSurfaceRestored(leakId, at, command.note()));
    }

    @CommandHandler
    void handle(ConfirmAndRepairLeak command, Clock clock) {
        LeakStepsFollowTheWork.check(leakId, status, "confirm-and-repair");
        PlausibleLeak.text("note", command.note(), 2_000);
        PlausibleLeak.required("method", command.method());
        PlausibleLeak.required("repairHours", command.repairHours());
        PlausibleLeak.checkRepairHours(command.repairHours());
        Instant repaired = stepTime("repairedAt", command.repairedAt(), clock);
        apply(new LeakConfirmed(leakId, clock.instant(), command.note()));
        apply(new LeakRepaired(leakId, pipeId, repaired, command.method(), command.repairHours(),
                command.cause() == null ? FailureCause.UNKNOWN : command.cause()));
    }

    /** A step's time: now when not given; never in the future, never before the report. */
    private Instant stepTime(String field, Instant given, Clock clock) {
        Instant at = given == null ? clock.instant() : given;
        PlausibleLeak.notInFuture(field, at, clock);
        if (reportedAt != null && at.isBefore(reportedAt)) {
            throw new InvalidInput(field, "a step cannot come before the leak was reported (" + reportedAt + ")");
        }
        return at;
    }

    @EventSourcingHandler
    void on(LeakIsolated event) {
        isolated = true;
    }

    @EventSourcingHandler
    void on(LeakSurfaceRestored event) {
        surfaceRestored = true;
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
