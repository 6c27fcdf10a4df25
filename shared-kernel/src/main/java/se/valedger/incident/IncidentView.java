package se.valedger.incident;

import java.time.Instant;
import java.util.List;

/**
 * An incident as the register shows it, with its reporting clocks as of the query's time. An incident that
 * is (currently) assessed not significant has no clocks. {@code clocksStartAt}: when the operator became aware
 * that it was significant (the first assessment that found it so). {@code significanceReasons}: the criteria
 * that decided as English sentences, {@code significanceCriteria}: the same as codes with their parameters (for the
 * reader's language), {@code assumed}: the ASSUMED thresholds they used. {@code status} is an {@link IncidentStatus}.
 */
public record IncidentView(
        String incidentId,
        Instant awareAt,
        String description,
        List<String> affectedServices,
        boolean suspectedMalicious,
        boolean crossBorder,
        boolean significant,
        List<String> significanceReasons,
        String status,
        List<Clock> clocks,
        boolean overdue,
        List<Report> reports,
        IncidentFacts facts,
        Instant assessedAt,
        List<String> assumed,
        Instant clocksStartAt,
        String closedAsNotSignificantReason,
        IntermediateReport intermediateReport,
        CustomerNotice customerNotice,
        List<SignificantIncident.Criterion> significanceCriteria) {

    /**
     * One reporting deadline. {@code state}: WAITING (not yet started: its start is unknown), OPEN, OVERDUE,
     * DONE or DONE_LATE. {@code dueLocal} is the due time in Swedish local time.
     */
    public record Clock(String step, Instant dueAt, String dueLocal, Instant doneAt, String state) {
    }

    public record Report(String step, Instant at, String by, String report) {
    }

    /** The latest request for an intermediate report (NIS2 Art. 23(4)(c)); null if none was asked for. */
    public record IntermediateReport(String requestedBy, Instant requestedAt, Instant dueAt, String request, Instant sentAt) {
    }

    /**
     * The notice to the recipients of the service (NIS2 Art. 23(1)-(2)): {@code due} while the incident is significant,
     * likely to affect the service and nobody was told yet.
     */
    public record CustomerNotice(boolean due, Instant at, String channel, String text) {
    }
}
