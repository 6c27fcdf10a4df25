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

@Component
class IncidentRegisterQueries {

    private static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm xxx");

    private final JdbcTemplate jdbc;

    IncidentRegisterQueries(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @QueryHandler
    List<IncidentView> handle(FindIncidents query) {
        return jdbc.query("SELECT * FROM incident.incident" + (query.openOnly() ? " WHERE closed_at IS NULL" : "")
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
        Instant notification = instant(rs, "notification_at");
        Instant progress = instant(rs, "progress_report_at");
        Instant handled = instant(rs, "handled_at");
        Instant finalReport = instant(rs, "final_report_at");
        Instant closed = instant(rs, "closed_at");
        // After a progress report the final report is due one month after the incident was handled.
        Instant finalFrom = progress != null ? handled : notification;
        List<IncidentView.Clock> clocks = List.of(
                clock(IncidentStep.EARLY_WARNING, IncidentClocks.earlyWarningDue(awareAt), instant(rs, "early_warning_at"), now),
                clock(IncidentStep.NOTIFICATION, IncidentClocks.notificationDue(awareAt), notification, now),
                clock(IncidentStep.FINAL_REPORT, finalFrom == null ? null : IncidentClocks.oneMonthAfter(finalFrom), finalReport, now));
        String status = closed != null ? "CLOSED" : finalReport != null ? "FINAL_REPORT_SENT"
                : progress != null ? "PROGRESS_REPORTED" : notification != null ? "NOTIFIED"
                : instant(rs, "early_warning_at") != null ? "EARLY_WARNING_SENT" : "DETECTED";
        List<IncidentView.Report> reports = jdbc.query(
                "SELECT step, at, by_user, report FROM incident.report WHERE incident_id = ? ORDER BY position",
                (r, n) -> new IncidentView.Report(IncidentStep.valueOf(r.getString("step")).action(), instant(r, "at"),
                        r.getString("by_user"), r.getString("report")), id);
        return new IncidentView(id, awareAt, rs.getString("description"), lines(rs.getString("affected_services")),
                rs.getBoolean("suspected_malicious"), rs.getBoolean("cross_border"), rs.getBoolean("significant"),
                lines(rs.getString("significance_reasons")), status, clocks,
                closed == null && clocks.stream().anyMatch(c -> c.state().equals("OVERDUE")), reports);
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
                due == null ? null : due.atZone(IncidentClocks.STOCKHOLM).format(LOCAL), done, state);
    }

    private static List<String> lines(String text) {
        return text == null || text.isEmpty() ? List.of() : new ArrayList<>(List.of(text.split("\n")));
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp t = rs.getTimestamp(column);
        return t == null ? null : t.toInstant();
    }
}
