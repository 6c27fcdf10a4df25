package se.valedger.incident;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import se.valedger.kernel.UtilityTime;

@Component
class IncidentRegisterQueries {

    private static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm xxx");

    private final JdbcTemplate jdbc;

    IncidentRegisterQueries(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @QueryHandler
    List<IncidentView> handle(FindIncidents query) {
        return jdbc.query("SELECT * FROM incident.incident"
                + (query.openOnly() ? " WHERE closed_at IS NULL AND closed_not_significant_at IS NULL" : "")
                + " ORDER BY aware_at DESC, incident_id", (rs, n) -> view(rs, query.now()));
    }

    @QueryHandler
    Optional<IncidentView> handle(FindIncident query) {
        return jdbc.query("SELECT * FROM incident.incident WHERE incident_id = ?", (rs, n) -> view(rs, query.now()),
                query.incidentId()).stream().findFirst();
    }

    private IncidentView view(ResultSet rs, Instant now) throws SQLException {
        String id = rs.getString("incident_id");
        Instant awareAt = instant(rs, "aware_at");
        Instant earlyWarning = instant(rs, "early_warning_at");
        Instant notification = instant(rs, "notification_at");
        Instant progress = instant(rs, "progress_report_at");
        Instant handled = instant(rs, "handled_at");
        Instant finalReport = instant(rs, "final_report_at");
        Instant closed = instant(rs, "closed_at");
        Instant closedNotSignificant = instant(rs, "closed_not_significant_at");
        boolean significant = rs.getBoolean("significant");
        Instant clocksStart = instant(rs, "clocks_start_at");
        IncidentView.IntermediateReport intermediate = rs.getString("intermediate_requested_by") == null ? null
                : new IncidentView.IntermediateReport(rs.getString("intermediate_requested_by"),
                        instant(rs, "intermediate_requested_at"), instant(rs, "intermediate_due_at"),
                        rs.getString("intermediate_request"), instant(rs, "intermediate_report_at"));
        List<IncidentView.Clock> clocks = new ArrayList<>();
        if (significant && clocksStart != null) {
            // After a progress report the final report is due one month after the incident was handled.
            Instant finalFrom = progress != null ? handled : notification;
            clocks.add(clock(IncidentStep.EARLY_WARNING, IncidentClocks.earlyWarningDue(clocksStart), earlyWarning, now));
            clocks.add(clock(IncidentStep.NOTIFICATION, IncidentClocks.notificationDue(clocksStart), notification, now));
            if (intermediate != null) {
                clocks.add(clock(IncidentStep.INTERMEDIATE_REPORT, intermediate.dueAt(), intermediate.sentAt(), now));
            }
            clocks.add(clock(IncidentStep.FINAL_REPORT, finalFrom == null ? null : IncidentClocks.oneMonthAfter(finalFrom),
                    finalReport, now));
        }
        IncidentStatus status = closed != null ? IncidentStatus.CLOSED
                : closedNotSignificant != null ? IncidentStatus.CLOSED_NOT_SIGNIFICANT
                : finalReport != null ? IncidentStatus.FINAL_REPORT_SENT : progress != null ? IncidentStatus.PROGRESS_REPORTED
                : notification != null ? IncidentStatus.NOTIFIED : earlyWarning != null ? IncidentStatus.EARLY_WARNING_SENT
                : significant ? IncidentStatus.DETECTED : IncidentStatus.ASSESSED_NOT_SIGNIFICANT;
        List<IncidentView.Report> reports = jdbc.query(
                "SELECT step, at, by_user, report FROM incident.report WHERE incident_id = ? ORDER BY position",
                (r, n) -> new IncidentView.Report(entryName(r.getString("step")), instant(r, "at"),
                        r.getString("by_user"), r.getString("report")), id);
        boolean open = closed == null && closedNotSignificant == null;
        Instant noticeAt = instant(rs, "customer_notice_at");
        IncidentView.CustomerNotice notice = new IncidentView.CustomerNotice(
                open && significant && rs.getBoolean("likely_to_affect_service") && noticeAt == null, noticeAt,
                rs.getString("customer_notice_channel"), rs.getString("customer_notice_text"));
        return new IncidentView(id, awareAt, rs.getString("description"), lines(rs.getString("affected_services")),
                rs.getBoolean("suspected_malicious"), rs.getBoolean("cross_border"), significant,
                lines(rs.getString("significance_reasons")), status.name(), List.copyOf(clocks),
                open && clocks.stream().anyMatch(c -> c.state().equals("OVERDUE")), reports, facts(rs.getString("facts")),
                instant(rs, "assessed_at"), lines(rs.getString("assumed")), significant ? clocksStart : null,
                rs.getString("closed_not_significant_reason"), intermediate, notice,
                criteria(rs.getString("significance_criteria"), lines(rs.getString("significance_reasons"))));
    }

    /** A register entry's name in the API: a step's action, or the name the projection stored. */
    private static String entryName(String stored) {
        for (IncidentStep step : IncidentStep.values()) {
            if (step.name().equals(stored)) {
                return step.action();
            }
        }
        return stored;
    }

    /** Rows projected before the criteria had codes keep each sentence as {@link SignificanceCriterion#RECORDED_AS_TEXT}. */
    private static List<SignificantIncident.Criterion> criteria(String json, List<String> sentences) {
        if (json == null) {
            return new SignificantIncident.Assessment(false, sentences, List.of(), false, null, null).codedCriteria();
        }
        try {
            return List.of(IncidentRegisterProjection.FACTS_JSON.readValue(json, SignificantIncident.Criterion[].class));
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException("stored criteria of an incident are not readable", e);
        }
    }

    private static IncidentFacts facts(String json) {
        try {
            return json == null ? null : IncidentRegisterProjection.FACTS_JSON.readValue(json, IncidentFacts.class);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException("stored facts of an incident are not readable", e);
        }
    }

    private static IncidentView.Clock clock(IncidentStep step, Instant due, Instant done, Instant now) {
        String state;
        if (due == null) {
            state = done != null ? "DONE" : "WAITING";
        } else if (done != null) {
            state = done.isAfter(due) ? "DONE_LATE" : "DONE";
        } else {
            state = now.isAfter(due) ? "OVERDUE" : "OPEN";
        }
        return new IncidentView.Clock(step.action(), due,
                due == null ? null : due.atZone(UtilityTime.ZONE).format(LOCAL), done, state);
    }

    private static List<String> lines(String text) {
        return text == null || text.isEmpty() ? List.of() : new ArrayList<>(List.of(text.split("\n")));
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp t = rs.getTimestamp(column);
        return t == null ? null : t.toInstant();
    }
}
