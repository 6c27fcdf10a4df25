package se.valedger.backlog;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import se.valedger.leak.HistoricLeakRecorded;
import se.valedger.leak.LeakClosed;
import se.valedger.leak.LeakDismissed;
import se.valedger.leak.LeakRepairScheduled;
import se.valedger.leak.LeakRepaired;
import se.valedger.leak.LeakReported;
import se.valedger.pipe.InspectionLogged;
import se.valedger.pipe.Material;
import se.valedger.pipe.NetworkKind;
import se.valedger.pipe.PipeAttributes;
import se.valedger.pipe.PipeCorrected;
import se.valedger.pipe.PipeDecommissioned;
import se.valedger.pipe.PipeRegistered;
import se.valedger.pipe.PipeRenewed;
import se.valedger.pipe.ServiceLife;
import se.valedger.projection.ReadModel;
import se.valedger.renewal.PlanItemAdded;
import se.valedger.renewal.PlanItemExecuted;
import se.valedger.renewal.PlanItemRemoved;
import se.valedger.renewal.RenewalPlanApproved;
import se.valedger.renewal.RenewalPlanDrafted;
import se.valedger.risk.RiskInputs;
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
 * <p>Due times of inspection findings: class 4 within {@value #CLASS_4_DUE_MONTHS} months of the inspection,
 * class 3 within {@value #CLASS_3_DUE_MONTHS}. A newer inspection of a pipe supersedes the older findings.
 * Risk is scored when an item appears and rescored when its pipe gets a new break; age counts in whole years
 * at the time of scoring.
 */
@Component
@ProcessingGroup(BacklogProjection.GROUP)
class BacklogProjection implements ReadModel {

    static final String GROUP = "backlog";
    static final String SCHEMA = "backlog";
    static final int BACKLOG_FROM_GRADE = 3;
    static final int CLASS_4_DUE_MONTHS = 12;
    static final int CLASS_3_DUE_MONTHS = 36;
    static final int BREAK_WINDOW_YEARS = 10;
    static final ZoneId LOCAL = ZoneId.of("Europe/Stockholm");
    static final ObjectMapper JSON = new ObjectMapper();
    static final String ACTIVE = "status IN ('OPEN','SCHEDULED')";

    private final JdbcTemplate jdbc;
    private final Clock clock;

    BacklogProjection(JdbcTemplate jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
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
        jdbc.update("""
                INSERT INTO backlog.pipe (pipe_id, network_kind, material, diameter_mm, length_m, installation_year,
                    district, consequence_class) VALUES (?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (pipe_id) DO NOTHING""",
                e.pipeId(), e.networkKind().name(), e.material().name(), e.diameterMm(), e.lengthM(),
                e.installationYear(), e.district(), e.consequenceClass());
    }

    @EventHandler
    void on(InspectionLogged e) {
        record Seen(LocalDate latestInspection, Integer renewedYear) {
        }
        Seen seen = jdbc.query("SELECT latest_inspection_on, renewed_year FROM backlog.pipe WHERE pipe_id = ?",
                (rs, n) -> new Seen(rs.getDate(1) == null ? null : rs.getDate(1).toLocalDate(), (Integer) rs.getObject(2)),
                e.pipeId()).stream().findFirst().orElse(new Seen(null, null));
        if (seen.latestInspection() != null && seen.latestInspection().isAfter(e.date())) {
            return; // a late-entered older inspection does not reopen what a newer one found
        }
        if (seen.renewedYear() != null && e.date().getYear() < seen.renewedYear()) {
            return; // it describes the pipe that the renewal replaced
        }
        int grade = Math.max(e.structuralGrade(), e.operationalGrade());
        jdbc.update("UPDATE backlog.pipe SET latest_inspection_on = ?, latest_grade = ? WHERE pipe_id = ?", e.date(),
                grade, e.pipeId());
        jdbc.update("UPDATE backlog.item SET status = 'SUPERSEDED' WHERE pipe_id = ? AND source = 'INSPECTION' "
                + "AND status IN ('OPEN','SCHEDULED')", e.pipeId());
        if (grade < BACKLOG_FROM_GRADE) {
            return;
        }
        Instant due = e.date().plusMonths(grade >= 4 ? CLASS_4_DUE_MONTHS : CLASS_3_DUE_MONTHS).atStartOfDay(LOCAL).toInstant();
        insertItem("inspection:" + e.inspectionId(), BacklogSource.INSPECTION, e.inspectionId(), e.pipeId(), grade,
                e.date(), due, null);
    }

    @EventHandler
    void on(PipeCorrected e) {
        PipeAttributes a = e.corrected();
        jdbc.update("""
                UPDATE backlog.pipe SET network_kind = ?, material = ?, diameter_mm = ?, length_m = ?, installation_year = ?,
                    district = ?, consequence_class = ? WHERE pipe_id = ?""",
                a.networkKind().name(), a.material().name(), a.diameterMm(), a.lengthM(), a.installationYear(),
                a.district(), a.consequenceClass(), e.pipeId());
        jdbc.update("UPDATE backlog.item SET network_kind = ?, district = ? WHERE pipe_id = ? AND " + ACTIVE,
                a.networkKind().name(), a.district(), e.pipeId());
        rescoreActive(e.pipeId());
    }

    @EventHandler
    void on(PipeRenewed e) {
        jdbc.update("""
                UPDATE backlog.pipe SET material = ?, installation_year = ?, diameter_mm = ?, renewed_year = ?,
                    latest_grade = NULL WHERE pipe_id = ?""",
                e.material().name(), e.year(), e.diameterMm(), e.year(), e.pipeId());
        jdbc.update("UPDATE backlog.item SET status = 'DONE' WHERE pipe_id = ? AND source = 'INSPECTION' AND " + ACTIVE,
                e.pipeId());
        rescoreActive(e.pipeId());
    }

    @EventHandler
    void on(PipeDecommissioned e) {
        jdbc.update("UPDATE backlog.item SET status = 'DISMISSED' WHERE pipe_id = ? AND " + ACTIVE, e.pipeId());
    }

    @EventHandler
    void on(RenewalPlanDrafted e) {
        jdbc.update("INSERT INTO backlog.plan (plan_id, year) VALUES (?, ?) ON CONFLICT DO NOTHING", e.planId(), e.year());
    }

    @EventHandler
    void on(PlanItemAdded e) {
        jdbc.update("INSERT INTO backlog.plan_item (plan_id, pipe_id) VALUES (?, ?) ON CONFLICT DO NOTHING",
                e.planId(), e.pipeId());
    }

    @EventHandler
    void on(PlanItemRemoved e) {
        jdbc.update("DELETE FROM backlog.plan_item WHERE plan_id = ? AND pipe_id = ?", e.planId(), e.pipeId());
    }

    @EventHandler
    void on(RenewalPlanApproved e, @org.axonframework.eventhandling.Timestamp Instant at) {
        Integer year = jdbc.query("SELECT year FROM backlog.plan WHERE plan_id = ?", (rs, n) -> (Integer) rs.getObject(1),
                e.planId()).stream().filter(y -> y != null).findFirst().orElse(null);
        Instant due = year == null ? null : LocalDate.of(year + 1, 1, 1).atStartOfDay(LOCAL).toInstant();
        for (Map<String, Object> row : jdbc.queryForList("""
                SELECT i.pipe_id, p.latest_grade FROM backlog.plan_item i LEFT JOIN backlog.pipe p ON p.pipe_id = i.pipe_id
                WHERE i.plan_id = ? ORDER BY i.pipe_id""", e.planId())) {
            String pipeId = (String) row.get("pipe_id");
            insertItem(planItemId(e.planId(), pipeId), BacklogSource.RENEWAL_PLAN, e.planId() + "/" + pipeId, pipeId,
                    (Integer) row.get("latest_grade"), LocalDate.ofInstant(at, LOCAL), due, null);
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
    void on(LeakReported e) {
        insertItem("leak:" + e.leakId(), BacklogSource.LEAK, e.leakId(), e.pipeId(), null,
                LocalDate.ofInstant(e.reportedAt(), LOCAL), e.dueAt(), e.diameterMm());
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
    void on(LeakRepaired e) {
        setStatus("leak:" + e.leakId(), BacklogStatus.DONE);
        if (e.pipeId() != null) {
            recordBreak(e.leakId(), e.pipeId(), LocalDate.ofInstant(e.repairedAt(), LOCAL));
        }
    }

    @EventHandler
    void on(LeakClosed e) {
        setStatus("leak:" + e.leakId(), BacklogStatus.DONE);
    }

    @EventHandler
    void on(HistoricLeakRecorded e) {
        if (e.pipeId() != null) {
            recordBreak(e.leakId(), e.pipeId(), e.reportedOn());
        }
    }

    @ResetHandler
    void reset() {
        jdbc.update("TRUNCATE backlog.item, backlog.pipe, backlog.pipe_break, backlog.plan, backlog.plan_item");
    }

    private void recordBreak(String leakId, String pipeId, LocalDate on) {
        jdbc.update("INSERT INTO backlog.pipe_break (leak_id, pipe_id, failed_on) VALUES (?, ?, ?) ON CONFLICT DO NOTHING",
                leakId, pipeId, on);
        rescoreActive(pipeId);
    }

    private void rescoreActive(String pipeId) {
        for (Map<String, Object> item : jdbc.queryForList("SELECT item_id, source, grade, due_at FROM backlog.item "
                + "WHERE pipe_id = ? AND " + ACTIVE, pipeId)) {
            score((String) item.get("item_id"), pipeId, (Integer) item.get("grade"),
                    "LEAK".equals(item.get("source")), null);
        }
    }

    private void setStatus(String itemId, BacklogStatus status) {
        jdbc.update("UPDATE backlog.item SET status = ? WHERE item_id = ?", status.name(), itemId);
    }

    private void insertItem(String itemId, BacklogSource source, String sourceId, String pipeId, Integer grade,
                            LocalDate foundOn, Instant due, Integer leakDiameter) {
        jdbc.update("""
                INSERT INTO backlog.item (item_id, source, source_id, pipe_id, status, network_kind, district, grade,
                    found_on, due_at, likelihood, consequence, risk, risk_version, explanation)
                SELECT ?, ?, ?, ?, 'OPEN', p.network_kind, p.district, ?, ?, ?, 0, 0, 0, '', '[]'::jsonb
                FROM (SELECT 1) one LEFT JOIN backlog.pipe p ON p.pipe_id = ?
                ON CONFLICT (item_id) DO NOTHING""",
                itemId, source.name(), sourceId, pipeId, grade, foundOn, due == null ? null : Timestamp.from(due), pipeId);
        score(itemId, pipeId, grade, source == BacklogSource.LEAK, leakDiameter);
    }

    private void score(String itemId, String pipeId, Integer grade, boolean openLeak, Integer fallbackDiameter) {
        List<Map<String, Object>> pipes = pipeId == null ? List.of()
                : jdbc.queryForList("SELECT * FROM backlog.pipe WHERE pipe_id = ?", pipeId);
        RiskInputs inputs;
        if (pipes.isEmpty()) {
            inputs = new RiskInputs(grade, openLeak, null, null, null, fallbackDiameter, null, null);
        } else {
            Map<String, Object> p = pipes.get(0);
            int thisYear = ZonedDateTime.now(clock.withZone(LOCAL)).getYear();
            LocalDate since = LocalDate.now(clock.withZone(LOCAL)).minus(Period.ofYears(BREAK_WINDOW_YEARS));
            Long breaks = jdbc.queryForObject("SELECT count(*) FROM backlog.pipe_break WHERE pipe_id = ? AND failed_on >= ?",
                    Long.class, pipeId, since);
            double km = ((Number) p.get("length_m")).doubleValue() / 1000.0;
            inputs = new RiskInputs(grade, openLeak, thisYear - (Integer) p.get("installation_year"),
                    ServiceLife.defaults().of(Material.valueOf((String) p.get("material"))),
                    km > 0 ? breaks / km : null, (Integer) p.get("diameter_mm"),
                    NetworkKind.valueOf((String) p.get("network_kind")), (Integer) p.get("consequence_class"));
        }
        RiskScore risk = RiskScore.of(inputs);
        jdbc.update("UPDATE backlog.item SET likelihood = ?, consequence = ?, risk = ?, risk_version = ?, "
                + "explanation = ?::jsonb WHERE item_id = ?", risk.likelihood(), risk.consequence(), risk.score(),
                risk.version(), json(risk.factors()), itemId);
    }

    static String json(Object value) {
        try {
            return JSON.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
