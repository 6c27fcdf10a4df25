package se.valedger.incident;

import java.sql.Timestamp;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import se.valedger.projection.ReadModel;

/** The NIS2 incident register; clocks are computed when asked, from the moments stored here. */
@Component
@ProcessingGroup(IncidentRegisterProjection.GROUP)
class IncidentRegisterProjection implements ReadModel {

    static final String GROUP = "incident-register";
    static final String SCHEMA = "incident";
    /** Lists are stored one item per line; items never contain a line break (validated as plain names). */
    static final String SEPARATOR = "\n";

    private final JdbcTemplate jdbc;

    IncidentRegisterProjection(JdbcTemplate jdbc) {
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
    void on(IncidentDetected event) {
        jdbc.update("""
                INSERT INTO incident.incident (incident_id, aware_at, description, affected_services, suspected_malicious,
                    cross_border, significant, significance_reasons, recorded_by)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (incident_id) DO NOTHING""",
                event.incidentId(), Timestamp.from(event.awareAt()), event.description(),
                String.join(SEPARATOR, event.affectedServices().stream().map(s -> s.replace('\n', ' ')).toList()),
                event.suspectedMalicious(), event.crossBorder(), event.significant(),
                String.join(SEPARATOR, event.significanceReasons()), event.recordedBy());
    }

    @EventHandler
    void on(IncidentStepReported event, @SequenceNumber long sequence) {
        String column = switch (event.step()) {
            case EARLY_WARNING -> "early_warning_at";
            case NOTIFICATION -> "notification_at";
            case PROGRESS_REPORT -> "progress_report_at";
            case HANDLED -> "handled_at";
            case FINAL_REPORT -> "final_report_at";
            case CLOSED -> "closed_at";
        };
        jdbc.update("UPDATE incident.incident SET " + column + " = ? WHERE incident_id = ?",
                Timestamp.from(event.at()), event.incidentId());
        jdbc.update("""
                INSERT INTO incident.report (incident_id, position, step, at, by_user, report) VALUES (?, ?, ?, ?, ?, ?)
                ON CONFLICT DO NOTHING""",
                event.incidentId(), sequence, event.step().name(), Timestamp.from(event.at()), event.by(), event.report());
    }

    @ResetHandler
    void reset() {
        jdbc.update("TRUNCATE incident.incident, incident.report");
    }
}
