package se.valedger.incident;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import se.valedger.kernel.InvalidInput;

/**
 * An incident has an id, a description and a moment of awareness; its times are not before 1900 nor in the
 * future, steps and reassessments happen after awareness; the facts are amounts of 0 or more.
 */
final class IncidentsMustBePlausible {

    /** Clocks of people's devices differ a little; a step "sent" a few minutes ahead is not an error. */
    static final Duration CLOCK_SKEW = Duration.ofMinutes(5);
    /** No water utility's network incident happened before 1900; such a time is a typo (e.g. 0026 for 2026). */
    static final Instant EARLIEST = Instant.parse("1900-01-01T00:00:00Z");

    private IncidentsMustBePlausible() {
    }

    static void checkDetection(RecordIncident command, Clock clock) {
        if (command.incidentId() == null || !command.incidentId().strip().matches("[A-Za-z0-9._-]{1,100}")) {
            throw new InvalidInput("incidentId", "an incident id is 1 to 100 letters, digits or . _ -");
        }
        plausibleTime("awareAt", command.awareAt(), clock);
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
        checkFacts("facts", command.facts());
    }

    static void checkReassessment(ReassessIncident command, Instant awareAt, Clock clock) {
        afterAwareness("at", command.at(), awareAt, clock);
        if (command.facts() == null) {
            throw new InvalidInput("facts", "give the facts as now known (services, supply lost, treatment, OT/SCADA, data, loss)");
        }
        checkFacts("facts", command.facts());
        reason("reason", command.reason(), "say what new facts led to the reassessment");
    }

    static void checkClosingAsNotSignificant(CloseIncidentAsNotSignificant command, Instant awareAt, Clock clock) {
        afterAwareness("at", command.at(), awareAt, clock);
        reason("reason", command.reason(), "say why the incident is not significant");
    }

    static void checkIntermediateRequest(RequestIntermediateReport command, Instant awareAt, Clock clock) {
        if (command.requestedBy() == null || command.requestedBy().isBlank() || command.requestedBy().length() > 200) {
            throw new InvalidInput("requestedBy", "name who asked (the CSIRT or the authority), 1 to 200 characters");
        }
        afterAwareness("at", command.at(), awareAt, clock);
        if (command.dueAt() == null) {
            throw new InvalidInput("dueAt", "dueAt is required: the time the CSIRT or authority set (ISO 8601 instant)");
        }
        if (!command.dueAt().isAfter(command.at())) {
            throw new InvalidInput("dueAt", "the report is due after it was requested (" + command.at() + ")");
        }
        if (command.request() != null && command.request().length() > 20_000) {
            throw new InvalidInput("request", "at most 20,000 characters");
        }
    }

    static void checkCustomerNotice(NotifyCustomers command, Instant awareAt, Clock clock) {
        afterAwareness("at", command.at(), awareAt, clock);
        if (command.channel() == null || command.channel().isBlank() || command.channel().length() > 200) {
            throw new InvalidInput("channel", "name the channel (web site, SMS, local radio …), 1 to 200 characters");
        }
        if (command.text() == null || command.text().isBlank()) {
            throw new InvalidInput("text", "give the text the customers were told, with what they can do");
        }
        if (command.text().length() > 20_000) {
            throw new InvalidInput("text", "at most 20,000 characters");
        }
    }

    static void checkStep(ReportIncidentStep command, Instant awareAt, Clock clock) {
        if (command.step() == null) {
            throw new InvalidInput("action", "name the step: " + IncidentStep.actions());
        }
        afterAwareness("at", command.at(), awareAt, clock);
        if (command.report() != null && command.report().length() > 20_000) {
            throw new InvalidInput("report", "at most 20,000 characters");
        }
        boolean reportRequired = command.step() != IncidentStep.HANDLED && command.step() != IncidentStep.CLOSED;
        if (reportRequired && (command.report() == null || command.report().isBlank())) {
            throw new InvalidInput("report", "say what was reported");
        }
    }

    private static void checkFacts(String field, IncidentFacts facts) {
        if (facts == null) {
            return;
        }
        for (int i = 0; i < facts.services().size(); i++) {
            if (facts.services().get(i) == null) {
                throw new InvalidInput(field + ".services[" + i + "]", "a service is one of " + java.util.Arrays.toString(EssentialService.values()));
            }
        }
        notNegative(field + ".supplyLostHours", facts.supplyLostHours(), "a loss of supply lasts 0 hours or more");
        if (facts.personsAffected() != null && facts.personsAffected() < 0) {
            throw new InvalidInput(field + ".personsAffected", "a number of persons is 0 or more");
        }
        notNegative(field + ".untreatedDischargeM3", facts.untreatedDischargeM3(), "a volume is 0 m³ or more");
        notNegative(field + ".untreatedDischargeHours", facts.untreatedDischargeHours(), "a discharge lasts 0 hours or more");
        if (facts.financialLossSek() != null && facts.financialLossSek() < 0) {
            throw new InvalidInput(field + ".financialLossSek", "a loss is 0 SEK or more");
        }
        if (facts.recipient() != null && (facts.recipient().isBlank() || facts.recipient().length() > 200)) {
            throw new InvalidInput(field + ".recipient", "a recipient is named in 1 to 200 characters");
        }
    }

    private static void notNegative(String field, Double value, String reason) {
        if (value != null && (value.isNaN() || value.isInfinite() || value < 0)) {
            throw new InvalidInput(field, reason);
        }
    }

    private static void reason(String field, String text, String missing) {
        if (text == null || text.isBlank()) {
            throw new InvalidInput(field, missing);
        }
        if (text.length() > 20_000) {
            throw new InvalidInput(field, "at most 20,000 characters");
        }
    }

    private static void afterAwareness(String field, Instant at, Instant awareAt, Clock clock) {
        plausibleTime(field, at, clock);
        if (at.isBefore(awareAt)) {
            throw new InvalidInput(field, "this cannot happen before the incident was known (" + awareAt + ")");
        }
    }

    private static void plausibleTime(String field, Instant at, Clock clock) {
        if (at == null) {
            throw new InvalidInput(field, field + " is required (ISO 8601 instant, e.g. 2026-11-02T06:40:00Z)");
        }
        if (at.isBefore(EARLIEST)) {
            throw new InvalidInput(field, field + " " + at + " is before 1900: not a plausible incident time");
        }
        if (at.isAfter(clock.instant().plus(CLOCK_SKEW))) {
            throw new InvalidInput(field, field + " " + at + " is in the future");
        }
    }
}
