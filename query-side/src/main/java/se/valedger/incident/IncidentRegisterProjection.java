package se.valedger.incident;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
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
    static final ObjectMapper FACTS_JSON = new ObjectMapper();

    /** Names of the register's entries that are not {@link IncidentStep}s. */
    static final String REASSESSED = "reassess";
    static final String CLOSED_NOT_SIGNIFICANT = "close-not-significant";
    static final String INTERMEDIATE_REQUESTED = "intermediate-report-request";
    static final String CUSTOMER_NOTICE = "customer-notice";

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
        SignificantIncident.Assessment assessment = event.assessment();
        jdbc.update("""
                INSERT INTO incident.incident (incident_id, aware_at, description, affected_services, suspected_malicious,
                    cross_border, significant, significance_reasons, recorded_by, facts, assessed_at, assumed,
                    likely_to_affect_service, clocks_start_at, significance_criteria)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (incident_id) DO NOTHING""",
                event.incidentId(), Timestamp.from(event.awareAt()), event.description(),
                String.join(SEPARATOR, event.affectedServices().stream().map(s -> s.replace('\n', ' ')).toList()),
                event.suspectedMalicious(), event.crossBorder(), assessment.significant(),
                lines(assessment.criteria()), event.recordedBy(), json(event.facts()), Timestamp.from(event.awareAt()),
                lines(assessment.assumed()), assessment.likelyToAffectTheService(), timestamp(event.clocksStartAt()),
                json(assessment.codedCriteria()));
    }

    @EventHandler
    void on(IncidentReassessed event, @SequenceNumber long sequence) {
        SignificantIncident.Assessment assessment = event.assessment();
        jdbc.update("""
                UPDATE incident.incident SET facts = ?, suspected_malicious = ?, cross_border = ?, significant = ?,
                    significance_reasons = ?, significance_criteria = ?, assumed = ?, likely_to_affect_service = ?, assessed_at = ?,
                    clocks_start_at = COALESCE(clocks_start_at, ?),
                    closed_not_significant_at = CASE WHEN ? THEN NULL ELSE closed_not_significant_at END,
                    closed_not_significant_reason = CASE WHEN ? THEN NULL ELSE closed_not_significant_reason END
                WHERE incident_id = ?""",
                json(event.facts()), event.suspectedMalicious(), event.crossBorder(), assessment.significant(),
                lines(assessment.criteria()), json(assessment.codedCriteria()), lines(assessment.assumed()),
                assessment.likelyToAffectTheService(), Timestamp.from(event.at()), timestamp(event.clocksStartAt()), event.reopened(), event.reopened(),
                event.incidentId());
        report(event.incidentId(), sequence, REASSESSED, event.at(), event.by(), event.reason() + " -> "
                + (assessment.significant() ? "significant" : "not significant") + (event.reopened() ? " (reopened)" : "")
                + ": " + String.join("; ", assessment.criteria()));
    }

    @EventHandler
    void on(IncidentClosedAsNotSignificant event, @SequenceNumber long sequence) {
        jdbc.update("UPDATE incident.incident SET closed_not_significant_at = ?, closed_not_significant_reason = ? WHERE incident_id = ?",
                Timestamp.from(event.at()), event.reason(), event.incidentId());
        report(event.incidentId(), sequence, CLOSED_NOT_SIGNIFICANT, event.at(), event.by(), event.reason());
    }

    @EventHandler
    void on(IntermediateReportRequested event, @SequenceNumber long sequence) {
        jdbc.update("""
                UPDATE incident.incident SET intermediate_requested_by = ?, intermediate_requested_at = ?,
                    intermediate_due_at = ?, intermediate_request = ?, intermediate_report_at = NULL WHERE incident_id = ?""",
                event.requestedBy(), Timestamp.from(event.at()), Timestamp.from(event.dueAt()), event.request(),
                event.incidentId());
        report(event.incidentId(), sequence, INTERMEDIATE_REQUESTED, event.at(), event.recordedBy(),
                event.requestedBy() + ", due " + event.dueAt() + (event.request() == null ? "" : ": " + event.request()));
    }

    @EventHandler
    void on(CustomersNotified event, @SequenceNumber long sequence) {
        jdbc.update("""
                UPDATE incident.incident SET customer_notice_at = ?, customer_notice_channel = ?, customer_notice_text = ?
                WHERE incident_id = ?""", Timestamp.from(event.at()), event.channel(), event.text(), event.incidentId());
        report(event.incidentId(), sequence, CUSTOMER_NOTICE, event.at(), event.by(), event.channel() + ": " + event.text());
    }

    @EventHandler
    void on(IncidentStepReported event, @SequenceNumber long sequence) {
        String column = switch (event.step()) {
            case EARLY_WARNING -> "early_warning_at";
            case NOTIFICATION -> "notification_at";
            case INTERMEDIATE_REPORT -> "intermediate_report_at";
            case PROGRESS_REPORT -> "progress_report_at";
            case HANDLED -> "handled_at";
            case FINAL_REPORT -> "final_report_at";
            case CLOSED -> "closed_at";
        };
        jdbc.update("UPDATE incident.incident SET " + column + " = ? WHERE incident_id = ?",
                Timestamp.from(event.at()), event.incidentId());
        report(event.incidentId(), sequence, event.step().name(), event.at(), event.by(), event.report());
    }

    private void report(String incidentId, long sequence, String step, Instant at, String by, String report) {
        jdbc.update("""
                INSERT INTO incident.report (incident_id, position, step, at, by_user, report) VALUES (?, ?, ?, ?, ?, ?)
                ON CONFLICT DO NOTHING""", incidentId, sequence, step, Timestamp.from(at), by, report);
    }

    @ResetHandler
    void reset() {
        jdbc.update("TRUNCATE incident.incident, incident.report");
    }

    private static String lines(List<String> items) {
        return String.join(SEPARATOR, items.stream().map(s -> s.replace('\n', ' ')).toList());
    }

    private static Timestamp timestamp(Instant at) {
        return at == null ? null : Timestamp.from(at);
    }

    private static String json(Object value) {
        try {
            return value == null ? null : FACTS_JSON.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("facts or criteria of an incident could not be written as JSON", e);
        }
    }
}
