package se.valedger.workorder;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import java.time.Clock;
import java.time.LocalDate;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;

/** A work order for a crew (cleaning, structural follow-up): ordered, then done once. */
@Aggregate
class WorkOrder {

    @AggregateIdentifier
    private String workOrderId;
    private String pipeId;
    private WorkOrderKind kind;
    private LocalDate orderedOn;
    private WorkOrderStatus status;

    WorkOrder() {
    }

    @CommandHandler
    WorkOrder(OpenWorkOrder command) {
        WorkOrdersMustBePlausible.check(command);
        apply(new WorkOrderOpened(command.workOrderId(), command.kind(), command.task(), command.pipeId(),
                command.inspectionId(), command.finding(), command.orderedOn(), command.dueOn()));
    }

    @CommandHandler
    void handle(CompleteWorkOrder command, Clock clock) {
        WorkOrderIsDoneOnce.check(status);
        WorkOrdersMustBePlausible.check(command, orderedOn, clock);
        LocalDate reInspect = OperationalFindings.reInspection(kind, command.doneOn()).orElse(null);
        apply(new WorkOrderCompleted(workOrderId, pipeId, kind, command.doneOn(), command.crew().strip(),
                command.notes() == null || command.notes().isBlank() ? null : command.notes().strip(), reInspect));
    }

    @EventSourcingHandler
    void on(WorkOrderOpened event) {
        workOrderId = event.workOrderId();
        pipeId = event.pipeId();
        kind = event.kind();
        orderedOn = event.orderedOn();
        status = WorkOrderStatus.ORDERED;
    }

    @EventSourcingHandler
    void on(WorkOrderCompleted event) {
        status = WorkOrderStatus.DONE;
    }
}
