package se.valedger.pipe;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import java.time.Clock;
import java.util.HashSet;
import java.util.Set;
import java.util.UUID;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;
import se.valedger.inspection.ConditionGrading;
import se.valedger.inspection.InspectionGrading;

/** A stretch of pipe (ledningssträcka); its event stream is its life history. */
@Aggregate
class Pipe {

    @AggregateIdentifier
    private String pipeId;
    private final Set<String> loggedInspections = new HashSet<>();

    Pipe() {
        // for Axon
    }

    @CommandHandler
    Pipe(RegisterPipe command, Clock clock) {
        PlausiblePipeAttributes.checkRegistration(command, clock);
        apply(new PipeRegistered(
                command.pipeId(),
                command.networkKind(),
                command.material(),
                command.diameterMm(),
                command.lengthM(),
                command.installationYear(),
                command.district(),
                command.consequenceClass() == null ? DEFAULT_CONSEQUENCE_CLASS : command.consequenceClass(),
                command.geometry(),
                command.startNode(),
                command.endNode()));
    }

    @CommandHandler
    void handle(LogInspection command, Clock clock) {
        InspectionsMustBePlausible.check(command, clock);
        String inspectionId = command.inspectionId() == null || command.inspectionId().isBlank()
                ? UUID.randomUUID().toString()
                : command.inspectionId();
        InspectionsAreLoggedOnce.check(inspectionId, loggedInspections);
        if (command.observations().isEmpty()) {
            apply(new InspectionLogged(pipeId, inspectionId, command.date(), command.inspector().strip(),
                    command.method(), command.grade(), command.findings()));
        } else {
            InspectionGrading grading = ConditionGrading.grade(command.observations());
            apply(new InspectionLogged(pipeId, inspectionId, command.date(), command.inspector().strip(),
                    command.method(), grading.overallGrade(), command.findings(), command.standard(),
                    command.observations(), grading));
        }
    }

    @EventSourcingHandler
    void on(InspectionLogged event) {
        loggedInspections.add(event.inspectionId());
    }

    @EventSourcingHandler
    void on(PipeRegistered event) {
        pipeId = event.pipeId();
    }

    /** A pipe nobody classified is treated as of middling consequence, neither ignored nor alarming. */
    static final int DEFAULT_CONSEQUENCE_CLASS = 3;
}
