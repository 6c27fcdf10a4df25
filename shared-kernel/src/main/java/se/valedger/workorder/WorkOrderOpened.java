package se.valedger.workorder;

import java.time.LocalDate;
import org.axonframework.serialization.Revision;

/** A work order was opened (see {@link OpenWorkOrder}). */
@Revision("1")
public record WorkOrderOpened(String workOrderId, WorkOrderKind kind, String task, String pipeId, String inspectionId,
                              String finding, LocalDate orderedOn, LocalDate dueOn) {
}
