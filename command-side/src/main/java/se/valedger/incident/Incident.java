package se.valedger.incident;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import java.time.Clock;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.messaging.annotation.MetaDataValue;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;

/**
 * A NIS2 incident: detected -> assessed (significant or not, reassessed as facts arrive; closed "not significant"
 * with a reason, reopened by a reassessment that finds it significant) -> early warning (24 h) -> notification
 * (72 h) -> intermediate report on request -> final report (one month after the notification; a progress report
 * first if still ongoing) -> closed; the recipients of the service told when it is likely to affect the service.
 * The clocks start at the first assessment that finds it significant ({@link IncidentClocks}).
 * Each step records who, when, what.
 */
@Aggregate(cache = "incidentCache")
class Incident {

    @AggregateIdentifier
    private String incidentId;
    private Instant awareAt;
    private boolean significant;
    private Instant clocksStartAt;
    private boolean closedAsNotSignificant;
    private boolean intermediateReportRequested;
    private Set<IncidentStep> taken = EnumSet.noneOf(IncidentStep.class);

    Incident() {
        // for Axon
    }

    @CommandHandler
    Incident(RecordIncident command, Clock clock, SignificanceThresholds thresholds, @MetaDataValue("user") String user) {
        IncidentsMustBePlausible.checkDetection(command, clock);
        IncidentFacts facts = command.facts() == null ? IncidentFacts.UNKNOWN : command.facts();
        SignificantIncident.Assessment assessment = SignificantIncident.assess(facts, thresholds);
        apply(new IncidentDetected(command.incidentId().strip(), command.awareAt(), command.description().strip(),
                command.affectedServices() == null ? List.of() : command.affectedServices().stream().map(String::strip).toList(),
                Boolean.TRUE.equals(command.suspectedMalicious()), Boolean.TRUE.equals(command.crossBorder()),
                facts, assessment, assessment.significant() ? command.awareAt() : null, user));
    }

    @CommandHandler
    void handle(ReassessIncident command, Clock clock, SignificanceThresholds thresholds, @MetaDataValue("user") String user) {
        IncidentsMustBePlausible.checkReassessment(command, awareAt, clock);
        SignificantIncident.Assessment assessment = SignificantIncident.assess(command.facts(), thresholds);
        IncidentStepsFollowTheirOrder.checkReassessment(taken, closedAsNotSignificant, assessment.significant());
        boolean startsTheClocks = clocksStartAt == null && assessment.significant();
        apply(new IncidentReassessed(incidentId, command.at(), command.facts(),
                Boolean.TRUE.equals(command.suspectedMalicious()), Boolean.TRUE.equals(command.crossBorder()),
                command.reason().strip(), assessment, startsTheClocks ? command.at() : null,
                closedAsNotSignificant && assessment.significant(), user));
    }

    @CommandHandler
    void handle(CloseIncidentAsNotSignificant command, Clock clock, @MetaDataValue("user") String user) {
        IncidentsMustBePlausible.checkClosingAsNotSignificant(command, awareAt, clock);
        IncidentStepsFollowTheirOrder.checkClosingAsNotSignificant(taken, closedAsNotSignificant, significant);
        apply(new IncidentClosedAsNotSignificant(incidentId, command.at(), command.reason().strip(), user));
    }

    @CommandHandler
    void handle(RequestIntermediateReport command, Clock clock, @MetaDataValue("user") String user) {
        IncidentsMustBePlausible.checkIntermediateRequest(command, awareAt, clock);
        IncidentStepsFollowTheirOrder.checkOpen(taken, closedAsNotSignificant);
        apply(new IntermediateReportRequested(incidentId, command.requestedBy().strip(), command.at(), command.dueAt(),
                command.request() == null || command.request().isBlank() ? null : command.request().strip(), user));
    }

    @CommandHandler
    void handle(NotifyCustomers command, Clock clock, @MetaDataValue("user") String user) {
        IncidentsMustBePlausible.checkCustomerNotice(command, awareAt, clock);
        IncidentStepsFollowTheirOrder.checkOpen(taken, closedAsNotSignificant);
        apply(new CustomersNotified(incidentId, command.at(), command.channel().strip(), command.text().strip(), user));
    }

    @CommandHandler
    void handle(ReportIncidentStep command, Clock clock, @MetaDataValue("user") String user) {
        IncidentsMustBePlausible.checkStep(command, awareAt, clock);
        IncidentStepsFollowTheirOrder.checkOpen(taken, closedAsNotSignificant);
        IncidentStepsFollowTheirOrder.check(command.step(), taken, intermediateReportRequested);
        apply(new IncidentStepReported(incidentId, command.step(), command.at(),
                command.report() == null ? null : command.report().strip(), user));
    }

    @EventSourcingHandler
    void on(IncidentDetected event) {
        incidentId = event.incidentId();
        awareAt = event.awareAt();
        significant = event.assessment() != null && event.assessment().significant();
        clocksStartAt = event.clocksStartAt();
    }

    @EventSourcingHandler
    void on(IncidentReassessed event) {
        significant = event.assessment().significant();
        if (event.clocksStartAt() != null) {
            clocksStartAt = event.clocksStartAt();
        }
        if (event.reopened()) {
            closedAsNotSignificant = false;
        }
    }

    @EventSourcingHandler
    void on(IncidentClosedAsNotSignificant event) {
        closedAsNotSignificant = true;
    }

    @EventSourcingHandler
    void on(IntermediateReportRequested event) {
        intermediateReportRequested = true;
    }

    @EventSourcingHandler
    void on(IncidentStepReported event) {
        taken.add(event.step());
        if (event.step() == IncidentStep.INTERMEDIATE_REPORT) {
            intermediateReportRequested = false;
        }
    }
}
