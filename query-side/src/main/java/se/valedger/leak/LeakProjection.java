package se.valedger.leak;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.TrackingToken;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import se.valedger.kernel.UtilityTime;
import se.valedger.projection.ReadModel;

/**
 * Leak reports' current state, and each pipe's failure history (its repaired leaks).
 *
 * <p>Time: the rows hold only facts of the events (due time as the command set it, local dates in
 * {@link UtilityTime}); whether a leak is overdue is computed as of the read, in {@link LeakQueries}, never when an
 * event is handled, so a rebuilt read model equals the live one.
 */
@Component
@ProcessingGroup(LeakProjection.GROUP)
class LeakProjection implements ReadModel {

    static final String GROUP = "leaks";
    static final String SCHEMA = "leaks";

    private final JdbcTemplate jdbc;

    LeakProjection(JdbcTemplate jdbc) {
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
    void on(LeakReported e, TrackingToken token) {
        Position p = e.position();
        jdbc.update("""
                INSERT INTO leaks.leak (leak_id, pipe_id, kind, severity, status, estimated_flow_lps, crs, x, y,
                    reported_at, reported_on, reporter, diameter_mm, due_at, source, priority, due_basis)
                VALUES (?, ?, ?, ?, 'REPORTED', ?, ?, ?, ?, ?, ?, ?, ?, ?, 'report', ?, ?)
                ON CONFLICT (leak_id) DO NOTHING""",
                e.leakId(), e.pipeId(), e.kind().name(), e.severity().name(), e.estimatedFlowLps(),
                p == null ? null : p.crs(), p == null ? null : p.x(), p == null ? null : p.y(),
                ts(e.reportedAt()), UtilityTime.dateOf(e.reportedAt()), e.reporter(), e.diameterMm(), ts(e.dueAt()),
                e.priority() == null ? null : e.priority().name(), e.dueBasis());
        number(e.leakId(), token);
    }

    @EventHandler
    void on(HistoricLeakRecorded e, TrackingToken token) {
        Position p = e.position();
        jdbc.update("""
                INSERT INTO leaks.leak (leak_id, pipe_id, kind, severity, status, crs, x, y, address, reported_on,
                    diameter_mm, repair_method, repair_hours, cause, source, source_record_id)
                VALUES (?, ?, ?, ?, 'CLOSED', ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                ON CONFLICT (leak_id) DO NOTHING""",
                e.leakId(), e.pipeId(), e.kind().name(), e.severity().name(), p == null ? null : p.crs(),
                p == null ? null : p.x(), p == null ? null : p.y(), e.address(), e.reportedOn(), e.diameterMm(),
                e.method() == null ? null : e.method().name(), e.repairHours(), e.cause() == null ? null : e.cause().name(),
                e.source() == null ? "import" : e.source(), e.sourceRecordId());
        number(e.leakId(), token);
        if (e.pipeId() != null) {
            failure(e.leakId(), e.pipeId(), e.reportedOn(), e.cause());
        }
    }

    /**
     * Gives a new leak its short number (issue 21): the next ordinal of its reporting year. Events are handled one
     * at a time in log order, so a rebuild gives every leak the number it had.
     */
    /**
     * Notes the report's year and its place in the event log. The short number is counted from these when read, so
     * it is the same whichever thread handled which report first, and the same after a rebuild.
     */
    private void number(String leakId, TrackingToken token) {
        Long position = token == null || token.position().isEmpty() ? null : token.position().getAsLong();
        jdbc.update("""
                UPDATE leaks.leak SET number_year = extract(year FROM reported_on)::integer, report_position = ?
                WHERE leak_id = ? AND report_position IS NULL""", position, leakId);
    }

    @EventHandler
    void on(LeakConfirmed e) {
        jdbc.update("UPDATE leaks.leak SET status = 'CONFIRMED', confirmed_at = ? WHERE leak_id = ?",
                ts(e.confirmedAt()), e.leakId());
    }

    @EventHandler
    void on(LeakDismissed e) {
        jdbc.update("UPDATE leaks.leak SET status = 'DISMISSED', dismissed_at = ?, dismiss_reason = ? WHERE leak_id = ?",
                ts(e.dismissedAt()), e.reason(), e.leakId());
    }

    @EventHandler
    void on(LeakRepairScheduled e) {
        jdbc.update("UPDATE leaks.leak SET status = 'REPAIR_SCHEDULED', scheduled_for = ?, crew = ? WHERE leak_id = ?",
                ts(e.scheduledFor()), e.crew(), e.leakId());
    }

    @EventHandler
    void on(LeakRepaired e) {
        jdbc.update("""
                UPDATE leaks.leak SET status = 'REPAIRED', repaired_at = ?, repair_method = ?, repair_hours = ?, cause = ?
                WHERE leak_id = ?""",
                ts(e.repairedAt()), e.method().name(), e.repairHours(), e.cause().name(), e.leakId());
        if (e.pipeId() != null) {
            failure(e.leakId(), e.pipeId(), UtilityTime.dateOf(e.repairedAt()), e.cause());
        }
    }

    @EventHandler
    void on(LeakClosed e) {
        jdbc.update("UPDATE leaks.leak SET status = 'CLOSED', closed_at = ? WHERE leak_id = ?", ts(e.closedAt()), e.leakId());
    }

    @EventHandler
    void on(LeakIsolated e, @org.axonframework.eventhandling.SequenceNumber long sequence) {
        java.util.Map<String, Object> facts = new java.util.LinkedHashMap<>();
        facts.put("valvesClosed", e.valvesClosed());
        facts.put("fromAnalysis", e.fromAnalysis());
        facts.put("customersWithoutWater", e.customersWithoutWater());
        facts.put("supplyRestoredAt", e.supplyRestoredAt() == null ? null : e.supplyRestoredAt().toString());
        facts.put("interruptionCustomerMinutes", e.interruptionCustomerMinutes());
        facts.put("note", e.note());
        step(e.leakId(), sequence, "isolate", e.isolatedAt(), facts);
    }

    @EventHandler
    void on(LeakTemporarilyRepaired e, @org.axonframework.eventhandling.SequenceNumber long sequence) {
        java.util.Map<String, Object> facts = new java.util.LinkedHashMap<>();
        facts.put("method", e.method().name());
        facts.put("note", e.note());
        step(e.leakId(), sequence, "temporary-repair", e.repairedAt(), facts);
    }

    @EventHandler
    void on(LeakHygieneRecorded e, @org.axonframework.eventhandling.SequenceNumber long sequence) {
        java.util.Map<String, Object> facts = new java.util.LinkedHashMap<>();
        facts.put("flushed", e.flushed());
        facts.put("disinfected", e.disinfected());
        facts.put("sampleTaken", e.sampleTaken());
        facts.put("sampleResult", e.sampleResult() == null ? null : e.sampleResult().name());
        facts.put("boilWaterNoticeIssuedAt", e.boilWaterNoticeIssuedAt() == null ? null : e.boilWaterNoticeIssuedAt().toString());
        facts.put("boilWaterNoticeLiftedAt", e.boilWaterNoticeLiftedAt() == null ? null : e.boilWaterNoticeLiftedAt().toString());
        facts.put("note", e.note());
        step(e.leakId(), sequence, "hygiene", e.at(), facts);
    }

    @EventHandler
    void on(LeakSurfaceRestored e, @org.axonframework.eventhandling.SequenceNumber long sequence) {
        java.util.Map<String, Object> facts = new java.util.LinkedHashMap<>();
        facts.put("note", e.note());
        step(e.leakId(), sequence, "restore-surface", e.restoredAt(), facts);
    }

    @ResetHandler
    void reset() {
        jdbc.update("TRUNCATE leaks.leak, leaks.pipe_failure, leaks.leak_step");
    }

    static final com.fasterxml.jackson.databind.ObjectMapper FACTS = new com.fasterxml.jackson.databind.ObjectMapper();

    private void step(String leakId, long sequence, String step, Instant at, java.util.Map<String, Object> facts) {
        try {
            jdbc.update("INSERT INTO leaks.leak_step (leak_id, sequence, step, at, facts) VALUES (?, ?, ?, ?, ?::jsonb) "
                    + "ON CONFLICT DO NOTHING", leakId, sequence, step, ts(at), FACTS.writeValueAsString(facts));
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private void failure(String leakId, String pipeId, LocalDate on, FailureCause cause) {
        jdbc.update("INSERT INTO leaks.pipe_failure (leak_id, pipe_id, failed_on, cause) VALUES (?, ?, ?, ?) "
                + "ON CONFLICT (leak_id) DO NOTHING", leakId, pipeId, on, cause == null ? null : cause.name());
    }

    private static Timestamp ts(Instant instant) {
        return instant == null ? null : Timestamp.from(instant);
    }
}
