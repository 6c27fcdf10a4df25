package se.valedger.workorder;

import java.time.LocalDate;

/** One work order as the crews' list shows it. */
public record WorkOrderView(String workOrderId, WorkOrderKind kind, String task, WorkOrderStatus status, String pipeId,
                            String district, String inspectionId, String finding, LocalDate orderedOn, LocalDate dueOn,
                            LocalDate doneOn, String crew, String notes, LocalDate reInspectionSuggestedOn) {
}
