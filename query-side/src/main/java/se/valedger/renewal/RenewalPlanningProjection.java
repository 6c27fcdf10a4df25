package se.valedger.renewal;

import java.time.Instant;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.eventhandling.Timestamp;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import se.valedger.pipe.InspectionLogged;
import se.valedger.pipe.PipeAttributes;
import se.valedger.pipe.PipeCorrected;
import se.valedger.pipe.PipeDecommissioned;
import se.valedger.pipe.PipeRegistered;
import se.valedger.pipe.PipeRenewed;
import se.valedger.projection.BatchedWrites;
import se.valedger.projection.ReadModel;

/**
 * The renewal planner's read model: its own copy of each pipe's planning attributes, and the plans.
 * The copy follows the pipe's life (corrections, renewals, decommissioning). A renewed pipe is new:
 * new material and year, condition unknown. An executed plan item sets the same at once, so a proposal
 * right after an execution need not wait for the pipe's own {@link PipeRenewed}. Every write to the copy
 * waits for the end of the processor batch ({@link BatchedWrites}, {@link NewestInspections}): a replay
 * is mostly pipe events. No handler reads the copy.
 */
@Component
@ProcessingGroup(RenewalPlanningProjection.GROUP)
class RenewalPlanningProjection implements ReadModel {

    static final String GROUP = "renewal-planning";
    static final String SCHEMA = "renewal";

    private final JdbcTemplate jdbc;

    RenewalPlanningProjection(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
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
    void on(PipeRegistered event) {
        writePipe(event.pipeId(), """
                INSERT INTO renewal.pipe (pipe_id, network_kind, material, diameter_mm, length_m, installation_year,
                    consequence_class, district) VALUES (?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (pipe_id) DO NOTHING""",
                event.pipeId(), event.networkKind().name(), event.material().name(), event.diameterMm(), event.lengthM(),
                event.installationYear(), event.consequenceClass(), se.valedger.projection.SqlValues.text(event.district()));
    }

    @EventHandler
    void on(InspectionLogged event) {
        // Renewal ranks on the structural class (null: no structural defect observed), issue 17.
        NewestInspections.add(jdbc, event.pipeId(), event.date(), event.condition().structuralClass());
    }

    @EventHandler
    void on(PipeCorrected event) {
        PipeAttributes a = event.corrected();
        writePipe(event.pipeId(), """
                UPDATE renewal.pipe SET network_kind = ?, material = ?, diameter_mm = ?, length_m = ?, installation_year = ?,
                    consequence_class = ?, district = ? WHERE pipe_id = ?""",
                a.networkKind().name(), a.material().name(), a.diameterMm(), a.lengthM(), a.installationYear(),
                a.consequenceClass(), se.valedger.projection.SqlValues.text(a.district()), event.pipeId());
    }

    @EventHandler
    void on(PipeRenewed event) {
        writePipe(event.pipeId(), """
                UPDATE renewal.pipe SET material = ?, installation_year = ?, diameter_mm = ?, latest_grade = NULL,
                    last_inspected_on = NULL WHERE pipe_id = ?""",
                event.material().name(), event.year(), event.diameterMm(), event.pipeId());
    }

    @EventHandler
    void on(PipeDecommissioned event) {
        writePipe(event.pipeId(), "UPDATE renewal.pipe SET status = 'DECOMMISSIONED' WHERE pipe_id = ?",
                event.pipeId());
    }

    @EventHandler
    void on(RenewalPlanDrafted event, @Timestamp Instant at) {
        jdbc.update("""
                INSERT INTO renewal.plan (plan_id, year, programme, budget_sek, author, status, drafted_at, updated_at)
                VALUES (?, ?, ?, ?, ?, 'DRAFT', ?, ?) ON CONFLICT (plan_id) DO NOTHING""",
                event.planId(), event.year(), event.programme(), event.budgetSek(), event.author(),
                java.sql.Timestamp.from(at), java.sql.Timestamp.from(at));
    }

    @EventHandler
    void on(PlanItemAdded event, @SequenceNumber long sequence, @Timestamp Instant at) {
        jdbc.update("""
                INSERT INTO renewal.plan_item (plan_id, pipe_id, position, method, estimated_cost_sek)
                VALUES (?, ?, ?, ?, ?) ON CONFLICT (plan_id, pipe_id) DO NOTHING""",
                event.planId(), event.pipeId(), sequence, event.method().name(), event.estimatedCostSek());
        touch(event.planId(), at);
    }

    @EventHandler
    void on(PlanItemRemoved event, @Timestamp Instant at) {
        jdbc.update("DELETE FROM renewal.plan_item WHERE plan_id = ? AND pipe_id = ?", event.planId(), event.pipeId());
        touch(event.planId(), at);
    }

    @EventHandler
    void on(RenewalPlanSubmitted event, @Timestamp Instant at) {
        jdbc.update("UPDATE renewal.plan SET status = 'SUBMITTED', submitted_by = ?, updated_at = ? WHERE plan_id = ?",
                event.submittedBy(), java.sql.Timestamp.from(at), event.planId());
    }

    @EventHandler
    void on(RenewalPlanApproved event, @Timestamp Instant at) {
        jdbc.update("""
                UPDATE renewal.plan SET status = 'APPROVED', reviewed_by = ?, return_reason = NULL, updated_at = ?
                WHERE plan_id = ?""", event.approver(), java.sql.Timestamp.from(at), event.planId());
    }

    @EventHandler
    void on(RenewalPlanReturned event, @Timestamp Instant at) {
        jdbc.update("""
                UPDATE renewal.plan SET status = 'RETURNED', reviewed_by = ?, return_reason = ?, updated_at = ?
                WHERE plan_id = ?""", event.reviewer(), event.reason(), java.sql.Timestamp.from(at), event.planId());
    }

    @EventHandler
    void on(PlanItemExecuted event, @Timestamp Instant at) {
        jdbc.update("""
                UPDATE renewal.plan_item SET status = 'EXECUTED', executed_year = ?, new_material = ?, actual_cost_sek = ?
                WHERE plan_id = ? AND pipe_id = ?""",
                event.year(), event.newMaterial().name(), event.costSek(), event.planId(), event.pipeId());
        writePipe(event.pipeId(), """
                UPDATE renewal.pipe SET material = ?, installation_year = ?, latest_grade = NULL, last_inspected_on = NULL
                WHERE pipe_id = ?""", event.newMaterial().name(), event.year(), event.pipeId());
        touch(event.planId(), at);
    }

    @EventHandler
    void on(PipeRenewalDispatched event) {
        jdbc.update("UPDATE renewal.plan_item SET renewal_dispatched = true WHERE plan_id = ? AND pipe_id = ?",
                event.planId(), event.pipeId());
    }

    @EventHandler
    void on(RenewalPlanCompleted event, @Timestamp Instant at) {
        jdbc.update("UPDATE renewal.plan SET status = 'COMPLETED', updated_at = ? WHERE plan_id = ?",
                java.sql.Timestamp.from(at), event.planId());
    }

    /** Every write to the planner's copy of a pipe: batched, after the batch's inspections of that pipe. */
    private void writePipe(String pipeId, String sql, Object... args) {
        NewestInspections.writeBefore(jdbc, pipeId);
        BatchedWrites.update(jdbc, sql, args);
    }

    private void touch(String planId, Instant at) {
        jdbc.update("UPDATE renewal.plan SET updated_at = ? WHERE plan_id = ?", java.sql.Timestamp.from(at), planId);
    }

    @ResetHandler
    void reset() {
        jdbc.update("TRUNCATE renewal.plan_item, renewal.plan, renewal.pipe");
    }
}
