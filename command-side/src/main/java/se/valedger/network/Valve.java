package se.valedger.network;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import java.time.Clock;
import java.util.Objects;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.CreationPolicy;
import org.axonframework.spring.stereotype.Aggregate;
import se.valedger.pipe.ImportOutcome;

/**
 * A valve on a pipe at one of its ends, with its status and exercising record (motionering). That the pipe exists and
 * the node is one of its ends is checked by the application against the register before the command is sent.
 */
@Aggregate(cache = "valveCache")
class Valve {

    @AggregateIdentifier
    private String aggregateId;
    private String valveId;
    private String pipeId;
    private String nodeId;
    private ValveKind kind;
    private ValveStatus status;
    private Integer diameterMm;

    Valve() {
        // for Axon
    }

    @CommandHandler
    Valve(RegisterValve command) {
        PlausibleNetworkElement.checkValve(command.valveId(), command.pipeId(), command.nodeId(), command.diameterMm());
        apply(new ValveRegistered(command.valveId(), command.pipeId().strip(), command.nodeId().strip(),
                kindOf(command.kind()), statusOf(command.status()), command.diameterMm()));
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    ImportOutcome handle(ImportValve command) {
        PlausibleNetworkElement.checkValve(command.valveId(), command.pipeId(), command.nodeId(), command.diameterMm());
        ValveKind newKind = kindOf(command.kind());
        ValveStatus newStatus = statusOf(command.status());
        String newPipe = command.pipeId().strip();
        String newNode = command.nodeId().strip();
        if (status == null) {
            apply(new ValveRegistered(command.valveId(), newPipe, newNode, newKind, newStatus, command.diameterMm()));
            return ImportOutcome.CREATED;
        }
        Integer newDiameter = command.diameterMm() == null ? diameterMm : command.diameterMm();
        ValveStatus keptStatus = command.status() == null ? status : newStatus;
        if (newPipe.equals(pipeId) && newNode.equals(nodeId) && newKind == kind && keptStatus == status
                && Objects.equals(newDiameter, diameterMm)) {
            return ImportOutcome.UNCHANGED;
        }
        apply(new ValveCorrected(valveId, newPipe, newNode, newKind, keptStatus, newDiameter, command.reason()));
        return ImportOutcome.CORRECTED;
    }

    @CommandHandler
    void handle(RecordValveExercise command, Clock clock) {
        PlausibleNetworkElement.checkExercise(command, clock);
        apply(new ValveExercised(valveId, command.date(), command.turns(), command.outcome(),
                Node.blankToNull(command.note()), Node.blankToNull(command.crew()), status,
                command.outcome().statusAfter(status)));
    }

    @EventSourcingHandler
    void on(ValveRegistered event) {
        aggregateId = NetworkIds.valve(event.valveId());
        valveId = event.valveId();
        pipeId = event.pipeId();
        nodeId = event.nodeId();
        kind = event.kind();
        status = event.status();
        diameterMm = event.diameterMm();
    }

    @EventSourcingHandler
    void on(ValveCorrected event) {
        pipeId = event.pipeId();
        nodeId = event.nodeId();
        kind = event.kind();
        status = event.status();
        diameterMm = event.diameterMm();
    }

    @EventSourcingHandler
    void on(ValveExercised event) {
        status = event.statusAfter();
    }

    private static ValveKind kindOf(ValveKind kind) {
        return kind == null ? ValveKind.ISOLATION : kind;
    }

    private static ValveStatus statusOf(ValveStatus status) {
        return status == null ? ValveStatus.UNKNOWN : status;
    }
}
