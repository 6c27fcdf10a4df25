package se.valedger.workorder;

import java.sql.Date;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import se.valedger.pipe.PipeCorrected;
import se.valedger.pipe.PipeRegistered;
import se.valedger.projection.BatchedWrites;
import se.valedger.projection.ReadModel;
import se.valedger.projection.SqlValues;

/** The crews' list of work orders, with each pipe's district (schema {@code work_orders}). */
@Component
@ProcessingGroup(WorkOrderProjection.GROUP)
class WorkOrderProjection implements ReadModel {

    static final String GROUP = "work-orders";
    static final String SCHEMA = "work_orders";

    private final JdbcTemplate jdbc;

    WorkOrderProjection(JdbcTemplate jdbc) {
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
    void on(PipeRegistered e) {
        BatchedWrites.update(jdbc, "INSERT INTO work_orders.pipe (pipe_id, district) VALUES (?, ?) ON CONFLICT DO NOTHING",
                e.pipeId(), SqlValues.text(e.district()));
    }

    @EventHandler
    void on(PipeCorrected e) {
        BatchedWrites.update(jdbc, "UPDATE work_orders.pipe SET district = ? WHERE pipe_id = ?",
                SqlValues.text(e.corrected().district()), e.pipeId());
    }

    @EventHandler
    void on(WorkOrderOpened e) {
        BatchedWrites.update(jdbc, """
                INSERT INTO work_orders.work_order (work_order_id, kind, task, status, pipe_id, inspection_id, finding,
                    ordered_on, due_on) VALUES (?, ?, ?, 'ORDERED', ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING""",
                e.workOrderId(), e.kind().name(), SqlValues.text(e.task()), e.pipeId(), SqlValues.text(e.inspectionId()),
                SqlValues.text(e.finding()), Date.valueOf(e.orderedOn()), Date.valueOf(e.dueOn()));
    }

    @EventHandler
    void on(WorkOrderCompleted e) {
        BatchedWrites.update(jdbc, """
                UPDATE work_orders.work_order SET status = 'DONE', done_on = ?, crew = ?, notes = ?,
                    re_inspection_suggested_on = ? WHERE work_order_id = ?""",
                Date.valueOf(e.doneOn()), e.crew(), SqlValues.text(e.notes()), SqlValues.date(e.reInspectionSuggestedOn()),
                e.workOrderId());
    }

    @ResetHandler
    void reset() {
        jdbc.update("TRUNCATE work_orders.pipe, work_orders.work_order");
    }
}
