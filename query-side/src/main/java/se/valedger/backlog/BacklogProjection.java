package se.valedger.backlog;

import static se.valedger.backlog.ItemStatements.ACTIVE;
import static se.valedger.projection.SqlValues.text;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.Timestamp;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import se.valedger.kernel.UtilityTime;
import se.valedger.leak.HistoricLeakRecorded;
import se.valedger.leak.LeakClosed;
import se.valedger.leak.LeakDismissed;
import se.valedger.leak.LeakRepairScheduled;
import se.valedger.leak.LeakRepaired;
import se.valedger.leak.LeakReported;
import se.valedger.inspection.PipeCondition;
import se.valedger.pipe.InspectionLogged;
import se.valedger.pipe.PipeAttributes;
import se.valedger.pipe.PipeCorrected;
import se.valedger.pipe.PipeDecommissioned;
import se.valedger.pipe.PipeRegistered;
import se.valedger.pipe.PipeRenewed;
import se.valedger.projection.BatchedWrites;
import se.valedger.projection.ReadModel;
import se.valedger.renewal.PlanItemAdded;
import se.valedger.renewal.PlanItemExecuted;
import se.valedger.renewal.PlanItemRemoved;
import se.valedger.renewal.RenewalPlanApproved;
import se.valedger.renewal.RenewalPlanDrafted;
import se.valedger.risk.RiskInputs;
import se.valedger.risk.RiskModel;
import se.valedger.risk.RiskScore;

/**
 * The maintenance backlog: one row per work item (inspection graded 3 or worse, open leak, item of an approved
 * renewal plan), each scored with {@link RiskScore} and carrying the factors as its explanation. Keeps its own
 * copy of pipe attributes and break history, following corrections, renewals and decommissioning.
 *
 * <p>Pipe life: a correction rescores the pipe's active items; a renewal closes its inspection findings (DONE:
 * the pipe they describe is gone), restarts its age and rescores what stays open; inspections dated before the
 * renewal year open nothing. Decommissioning dismisses every active item of the pipe.
 * Renewal plans: on approval each item becomes a {@link BacklogSource#RENEWAL_PLAN} row (id
 * {@code renewal-plan:<planId>/<pipeId>}) scored with the pipe's latest grade and due by the end of the plan's
 * year; executing the item makes it DONE.
 *
 * <p>Due times of inspection findings: an urgent observation's days ({@code grading.dueWithinDays}: collapse,
 * gushing infiltration 7; pieces missing, soil or void 30; a wide break 90, {@link se.valedger.inspection.GradingRules}),
 * else class 4 within {@value #CLASS_4_DUE_MONTHS} months of the inspection, class 3 within {@value #CLASS_3_DUE_MONTHS}. A newer inspection of a pipe supersedes the older findings.
 * Risk is scored when an item appears and rescored when its pipe gets a new break or is corrected or renewed.
 *
 * <p>Time: every score is as of the date (in {@link UtilityTime}) of the event that caused it, taken from the
 * event's own timestamp, never from the wall clock at handling time: age counts in whole years up to that date and
 * breaks in the window before it. A rebuild from the log therefore gives the same rows as the live handling did,
 * whenever and on whichever node it runs. A score does not grow older by itself; it changes with the next event of
 * its pipe.
 *
 * <p>Speed: every write goes through {@link BatchedWrites}, items are scored from the batch's {@link PipesOfBatch}
 * and each pipe row names its active finding, so an inspection is one statement and a run of them one JDBC batch.
 * The few handlers that rescore what is already in the backlog flush the batch's writes first and read the pipe's
 * active items.
 */
@Component
@ProcessingGroup(BacklogProjection.GROUP)
class BacklogProjection implements ReadModel {

    static final String GROUP = "backlog";
    static final String SCHEMA = "backlog";
    static final int BACKLOG_FROM_GRADE = 3;
    static final int CLASS_4_DUE_MONTHS = 12;
    static final int CLASS_3_DUE_MONTHS = 36;
    static final ObjectMapper JSON = new ObjectMapper();

    private final JdbcTemplate jdbc;
    private final RiskModel model;

    BacklogProjection(JdbcTemplate jdbc, RiskModel model) {
        this.jdbc = jdbc;
        this.model = model;
    }

    @Override
    public String processingGroup() {
        return GROUP;
    }

    @Override
    public String schema() {
        return SCHEMA;
    }

    @EventHandler
    void on(PipeRegistered e) {
        PipeFacts registered = PipeFacts.registered(e);
        BatchedWrites.update(jdbc, """
                INSERT INTO backlog.pipe (pipe_id, network_kind, material, diameter_mm, length_m, installation_year,
                    district, consequence_class) VALUES (?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (pipe_id) DO NOTHING""",
                e.pipeId(), e.networkKind().name(), e.material().name(), e.diameterMm(), e.lengthM(),
                e.installationYear(), text(e.district()), e.consequenceClass());
        pipes().registered(e.pipeId(), registered);
    }

    @EventHandler
    void on(InspectionLogged e, @Timestamp Instant at) {
        PipesOfBatch pipes = pipes();
        Optional<PipeFacts> pipe = pipes.get(e.pipeId());
        LocalDate latestInspection = pipe.map(PipeFacts::latestInspectionOn).orElse(null);
        if (latestInspection != null && latestInspection.isAfter(e.date())) {
            return; // a late-entered older inspection does not reopen what a newer one found
        }
        Integer renewedYear = pipe.map(PipeFacts::renewedYear).orElse(null);
        if (renewedYear != null && e.date().getYear() < renewedYear) {
            return; // it describes the pipe that the renewal replaced
        }
        PipeCondition condition = e.condition();
        Integer grade = condition.worstClass();
        boolean finding = grade != null && grade >= BACKLOG_FROM_GRADE;
        Object[] item = ItemStatements.NO_FINDING;
        if (finding) {
            Integer dueDays = e.grading() == null ? null : e.grading().dueWithinDays();
            Instant due = (dueDays != null ? e.date().plusDays(dueDays)
                    : e.date().plusMonths(grade >= 4 ? CLASS_4_DUE_MONTHS : CLASS_3_DUE_MONTHS))
                    .atStartOfDay(UtilityTime.ZONE).toInstant();
            item = ItemStatements.values("inspection:" + e.inspectionId(), BacklogSource.INSPECTION, e.inspectionId(),
                    e.pipeId(), pipe, grade, e.date(), due,
                    score(pipes, pipe, new PipeFacts.Evidence(condition, e.date()), false, null, at), condition);
        }
        Object[] args = ItemStatements.inspect(e.pipeId(), item, finding, e.date(), grade, condition);
        if (pipe.isPresent()) {
            BatchedWrites.update(jdbc, ItemStatements.INSPECT, args);
        } else {
            BatchedWrites.update(jdbc, ItemStatements.INSPECT_UNREGISTERED, ItemStatements.unregistered(args));
        }
        pipes.changed(e.pipeId(), pipe.map(p -> p.inspected(e.date(), grade, condition)));
    }

    @EventHandler
    void on(PipeCorrected e, @Timestamp Instant at) {
        PipeAttributes a = e.corrected();
        PipesOfBatch pipes = pipes();
        Optional<PipeFacts> corrected = pipes.get(e.pipeId()).map(p -> p.corrected(a));
        BatchedWrites.update(jdbc, """
                UPDATE backlog.pipe SET network_kind = ?, material = ?, diameter_mm = ?, length_m = ?, installation_year = ?,
                    district = ?, consequence_class = ? WHERE pipe_id = ?""",
                a.networkKind().name(), a.material().name(), a.diameterMm(), a.lengthM(), a.installationYear(),
                a.district(), a.consequenceClass(), e.pipeId());
        BatchedWrites.update(jdbc, "UPDATE backlog.item SET network_kind = ?, district = ? WHERE pipe_id = ? AND " + ACTIVE,
                a.networkKind().name(), a.district(), e.pipeId());
        pipes.changed(e.pipeId(), corrected);
        rescoreActive(pipes, e.pipeId(), at);
    }

    @EventHandler
    void on(PipeRenewed e, @Timestamp Instant at) {
        PipesOfBatch pipes = pipes();
        Optional<PipeFacts> renewed = pipes.get(e.pipeId()).map(p -> p.renewed(e));
        if (renewed.isPresent()) {
            BatchedWrites.update(jdbc, """
                    WITH done AS (
                        UPDATE backlog.item SET status = 'DONE'
                        WHERE item_id = (SELECT active_finding FROM backlog.pipe WHERE pipe_id = ?)
                    )
                    UPDATE backlog.pipe SET material = ?, installation_year = ?, diameter_mm = ?, renewed_year = ?,
                        latest_grade = NULL, condition = NULL, active_finding = NULL WHERE pipe_id = ?""",
                    e.pipeId(), e.material().name(), e.year(), e.diameterMm(), e.year(), e.pipeId());
        } else {
            BatchedWrites.update(jdbc, "UPDATE backlog.item SET status = 'DONE' WHERE pipe_id = ? AND source = 'INSPECTION' "
                    + "AND " + ACTIVE, e.pipeId());
        }
        pipes.changed(e.pipeId(), renewed);
        rescoreActive(pipes, e.pipeId(), at);
    }

    @EventHandler
    void on(PipeDecommissioned e) {
        BatchedWrites.update(jdbc, "WITH dismissed AS (UPDATE backlog.item SET status = 'DISMISSED' WHERE pipe_id = ? AND "
                + ACTIVE + ") UPDATE backlog.pipe SET active_finding = NULL WHERE pipe_id = ?", e.pipeId(), e.pipeId());
    }

    @EventHandler
    void on(RenewalPlanDrafted e) {
        BatchedWrites.update(jdbc, "INSERT INTO backlog.plan (plan_id, year) VALUES (?, ?) ON CONFLICT DO NOTHING",
                e.planId(), e.year());
    }

    @EventHandler
    void on(PlanItemAdded e) {
        BatchedWrites.update(jdbc, "INSERT INTO backlog.plan_item (plan_id, pipe_id) VALUES (?, ?) ON CONFLICT DO NOTHING",
                e.planId(), e.pipeId());
    }

    @EventHandler
    void on(PlanItemRemoved e) {
        BatchedWrites.update(jdbc, "DELETE FROM backlog.plan_item WHERE plan_id = ? AND pipe_id = ?", e.planId(),
                e.pipeId());
    }

    @EventHandler
    void on(RenewalPlanApproved e, @Timestamp Instant at) {
        BatchedWrites.flush(jdbc);
        Integer year = jdbc.query("SELECT year FROM backlog.plan WHERE plan_id = ?", (rs, n) -> (Integer) rs.getObject(1),
                e.planId()).stream().filter(y -> y != null).findFirst().orElse(null);
        Instant due = year == null ? null : UtilityTime.startOfDay(LocalDate.of(year + 1, 1, 1));
        List<String> pipeIds = jdbc.queryForList("SELECT pipe_id FROM backlog.plan_item WHERE plan_id = ? ORDER BY pipe_id",
                String.class, e.planId());
        PipesOfBatch pipes = pipes();
        pipes.load(pipeIds);
        for (String pipeId : pipeIds) {
            Optional<PipeFacts> pipe = pipes.get(pipeId);
            Integer grade = pipe.map(PipeFacts::latestGrade).orElse(null);
            PipeFacts.Evidence evidence = pipe.map(PipeFacts::latestEvidence).orElse(PipeFacts.Evidence.NONE);
            BatchedWrites.update(jdbc, ItemStatements.INSERT, ItemStatements.values(planItemId(e.planId(), pipeId),
                    BacklogSource.RENEWAL_PLAN,
                    e.planId() + "/" + pipeId, pipeId, pipe, grade, UtilityTime.dateOf(at), due,
                    score(pipes, pipe, evidence, false, null, at), evidence.condition()));
        }
    }

    @EventHandler
    void on(PlanItemExecuted e) {
        setStatus(planItemId(e.planId(), e.pipeId()), BacklogStatus.DONE);
    }

    static String planItemId(String planId, String pipeId) {
        return "renewal-plan:" + planId + "/" + pipeId;
    }

    @EventHandler
    void on(LeakReported e, @Timestamp Instant at) {
        PipesOfBatch pipes = pipes();
        Optional<PipeFacts> pipe = pipes.get(e.pipeId());
        PipeFacts.Evidence evidence = pipe.map(PipeFacts::latestEvidence).orElse(PipeFacts.Evidence.NONE);
        BatchedWrites.update(jdbc, ItemStatements.INSERT, ItemStatements.values("leak:" + e.leakId(), BacklogSource.LEAK,
                e.leakId(), e.pipeId(), pipe, null, UtilityTime.dateOf(e.reportedAt()), e.dueAt(),
                score(pipes, pipe, evidence, true, e.diameterMm(), at), evidence.condition()));
    }

    @EventHandler
    void on(LeakRepairScheduled e) {
        setStatus("leak:" + e.leakId(), BacklogStatus.SCHEDULED);
    }

    @EventHandler
    void on(LeakDismissed e) {
        setStatus("leak:" + e.leakId(), BacklogStatus.DISMISSED);
    }

    @EventHandler
    void on(LeakRepaired e, @Timestamp Instant at) {
        setStatus("leak:" + e.leakId(), BacklogStatus.DONE);
        if (e.pipeId() != null && FailuresOfThePipe.count(e.cause())) {
            recordBreak(e.leakId(), e.pipeId(), UtilityTime.dateOf(e.repairedAt()), at);
        }
    }

    @EventHandler
    void on(LeakClosed e) {
        setStatus("leak:" + e.leakId(), BacklogStatus.DONE);
    }

    @EventHandler
    void on(HistoricLeakRecorded e, @Timestamp Instant at) {
        if (e.pipeId() != null && FailuresOfThePipe.count(e.cause())) {
            recordBreak(e.leakId(), e.pipeId(), e.reportedOn(), at);
        }
    }

    @ResetHandler
    void reset() {
        jdbc.update("TRUNCATE backlog.item, backlog.pipe, backlog.pipe_break, backlog.plan, backlog.plan_item, backlog.scoring");
    }

    private PipesOfBatch pipes() {
        return PipesOfBatch.current(jdbc);
    }

    private void recordBreak(String leakId, String pipeId, LocalDate on, Instant at) {
        BatchedWrites.update(jdbc, "INSERT INTO backlog.pipe_break (leak_id, pipe_id, failed_on) VALUES (?, ?, ?) "
                + "ON CONFLICT DO NOTHING", leakId, pipeId, on);
        PipesOfBatch pipes = pipes();
        pipes.forget(pipeId); // a break already recorded under this leak id is not counted twice: read it back
        rescoreActive(pipes, pipeId, at);
    }

    private void rescoreActive(PipesOfBatch pipes, String pipeId, Instant at) {
        BatchedWrites.flush(jdbc);
        Optional<PipeFacts> pipe = pipes.get(pipeId);
        for (Map<String, Object> item : jdbc.queryForList("SELECT item_id, source, grade, found_on, condition::text AS "
                + "condition FROM backlog.item WHERE pipe_id = ? AND " + ACTIVE, pipeId)) {
            RiskScore risk = score(pipes, pipe, evidence(item, pipe), "LEAK".equals(item.get("source")), null, at);
            BatchedWrites.update(jdbc, ItemStatements.RESCORE, ItemStatements.rescore((String) item.get("item_id"), risk));
        }
    }

    private void setStatus(String itemId, BacklogStatus status) {
        BatchedWrites.update(jdbc, "UPDATE backlog.item SET status = ? WHERE item_id = ?", status.name(), itemId);
    }

    /**
     * The evidence an active item is scored with: an inspection finding its own inspection's condition (the grade
     * alone for findings stored before issue 17), any other item the pipe's latest inspection.
     */
    static PipeFacts.Evidence evidence(Map<String, Object> item, Optional<PipeFacts> pipe) {
        if ("INSPECTION".equals(item.get("source")) && item.get("found_on") != null) {
            PipeCondition condition = Conditions.read((String) item.get("condition"));
            return new PipeFacts.Evidence(condition != null ? condition : Conditions.ofGrade((Integer) item.get("grade")),
                    ((java.sql.Date) item.get("found_on")).toLocalDate());
        }
        return pipe.map(PipeFacts::latestEvidence).orElse(PipeFacts.Evidence.NONE);
    }

    /**
     * The score as of the local date of {@code at}, the timestamp of the event being handled, or as of the date the
     * backlog was last rescored to ({@code backlog.scoring}), whichever is later: so every active item is scored as
     * of one date, whether it was written before or after the rescoring.
     */
    private RiskScore score(PipesOfBatch pipes, Optional<PipeFacts> pipe, PipeFacts.Evidence evidence, boolean openLeak,
                            Integer fallbackDiameter, Instant at) {
        LocalDate eventDate = UtilityTime.dateOf(at);
        LocalDate asOf = pipes.scoredAsOf().filter(d -> d.isAfter(eventDate)).orElse(eventDate);
        return score(pipe, evidence, openLeak, fallbackDiameter, asOf, model);
    }

    static RiskScore score(Optional<PipeFacts> pipe, PipeFacts.Evidence evidence, boolean openLeak,
                           Integer fallbackDiameter, LocalDate asOf, RiskModel model) {
        return RiskScore.of(pipe.map(p -> p.riskInputs(evidence, openLeak, asOf, model))
                .orElseGet(() -> RiskInputs.unknownPipe(evidence.inspected(),
                        evidence.condition() == null ? null : evidence.condition().structuralClass(), openLeak,
                        fallbackDiameter)), model);
    }

    static String json(Object value) {
        try {
            return JSON.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
