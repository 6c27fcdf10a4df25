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
 * A NIS2 incident: detected -> early warning (24 h) -> notification (72 h) -> final report (one month after
 * the notification; a progress report first if still ongoing) -> closed. Each step records who, when, what.
 */
@Aggregate(cache = "incidentCache")
class Incident {

    @AggregateIdentifier
    private String incidentId;
    private Instant awareAt;
    private Set<IncidentStep> taken = EnumSet.noneOf(IncidentStep.class);

    Incident() {
        // for Axon
    }

    @CommandHandler
    Incident(RecordIncident command, Clock clock, @MetaDataValue("user") String user) {
        IncidentsMustBePlausible.checkDetection(command, clock);
        Significance.Assessment assessment = Significance.assess(command.impact());
        apply(new IncidentDetected(command.incidentId().strip(), command.awareAt(), command.description().strip(),
                command.affectedServices() == null ? List.of() : command.affectedServices().stream().map(String::strip).toList(),
                Boolean.TRUE.equals(command.suspectedMalicious()), Boolean.TRUE.equals(command.crossBorder()),
                command.impact(), assessment.significant(), assessment.reasons(), user));
    }

    @CommandHandler
    void handle(ReportIncidentStep command, Clock clock, @MetaDataValue("user") String user) {
        IncidentsMustBePlausible.checkStep(command, awareAt, clock);
        IncidentStepsFollowTheirOrder.check(command.step(), taken);
        apply(new IncidentStepReported(incidentId, command.step(), command.at(),
                command.report() == null ? null : command.report().strip(), user));
    }

    @EventSourcingHandler
    void on(IncidentDetected event) {
        incidentId = event.incidentId();
        awareAt = event.awareAt();
    }

    @EventSourcingHandler
    void on(IncidentStepReported event) {
        taken.add(event.step());
    }
}
