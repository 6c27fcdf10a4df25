package se.valedger.incident;

import java.time.Instant;
import java.util.List;

/** An incident as the register shows it, with its reporting clocks as of the query's time. */
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
        List<Report> reports) {

    /**
     * One reporting deadline. {@code state}: WAITING (not yet started: its start is unknown), OPEN, OVERDUE,
     * DONE or DONE_LATE. {@code dueLocal} is the due time in Swedish local time.
     */
    public record Clock(String step, Instant dueAt, String dueLocal, Instant doneAt, String state) {
    }

    public record Report(String step, Instant at, String by, String report) {
    }
}
