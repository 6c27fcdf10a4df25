package se.valedger.incident;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import se.valedger.kernel.InvalidInput;

/** An incident has an id, a description and a moment of awareness; steps happen after it and not in the future. */
final class IncidentsMustBePlausible {

    /** Clocks of people's devices differ a little; a step "sent" a few minutes ahead is not an error. */
    static final Duration CLOCK_SKEW = Duration.ofMinutes(5);

    private IncidentsMustBePlausible() {
    }

    static void checkDetection(RecordIncident command, Clock clock) {
        if (command.incidentId() == null || !command.incidentId().strip().matches("[A-Za-z0-9._-]{1,100}")) {
            throw new InvalidInput("incidentId", "an incident id is 1 to 100 letters, digits or . _ -");
        }
        notInTheFuture("awareAt", command.awareAt(), clock);
        if (command.description() == null || command.description().isBlank()) {
            throw new InvalidInput("description", "describe the incident");
        }
        if (command.description().length() > 10_000) {
            throw new InvalidInput("description", "at most 10,000 characters");
        }
        if (command.affectedServices() != null) {
            if (command.affectedServices().size() > 100) {
                throw new InvalidInput("affectedServices", "at most 100 services");
            }
            for (int i = 0; i < command.affectedServices().size(); i++) {
                String service = command.affectedServices().get(i);
                if (service == null || service.isBlank() || service.length() > 200) {
                    throw new InvalidInput("affectedServices[" + i + "]", "a service is named in 1 to 200 characters");
                }
            }
        }
        if (command.impact() != null) {
            Impact impact = command.impact();
            if (impact.outageHours() != null && (impact.outageHours() < 0 || impact.outageHours().isNaN())) {
                throw new InvalidInput("impact.outageHours", "an outage lasts 0 hours or more");
            }
            if (impact.personsAffected() != null && impact.personsAffected() < 0) {
                throw new InvalidInput("impact.personsAffected", "a number of persons is 0 or more");
            }
        }
    }

    static void checkStep(ReportIncidentStep command, Instant awareAt, Clock clock) {
        if (command.step() == null) {
            throw new InvalidInput("action", "name the step: " + IncidentStep.actions());
        }
        notInTheFuture("at", command.at(), clock);
        if (command.at().isBefore(awareAt)) {
            throw new InvalidInput("at", "a step cannot be taken before the incident was known (" + awareAt + ")");
        }
        if (command.report() != null && command.report().length() > 20_000) {
            throw new InvalidInput("report", "at most 20,000 characters");
        }
        boolean reportRequired = command.step() != IncidentStep.HANDLED && command.step() != IncidentStep.CLOSED;
        if (reportRequired && (command.report() == null || command.report().isBlank())) {
            throw new InvalidInput("report", "say what was reported");
        }
    }

    private static void notInTheFuture(String field, Instant at, Clock clock) {
        if (at == null) {
            throw new InvalidInput(field, field + " is required (ISO 8601 instant, e.g. 2026-11-02T06:40:00Z)");
        }
        if (at.isAfter(clock.instant().plus(CLOCK_SKEW))) {
            throw new InvalidInput(field, field + " " + at + " is in the future");
        }
    }
}
