package se.valedger.workorder;

import java.time.LocalDate;

/**
 * One work order as the crews' list shows it. {@code doneBefore}: how many orders of the same task on the same pipe
 * were done before this one was ordered; {@code renewalCandidate} and {@code renewalReason} by
 * {@link RecurrenceMakesARenewalCandidate}.
 */
public record WorkOrderView(String workOrderId, WorkOrderKind kind, String task, WorkOrderStatus status, String pipeId,
                            String district, String inspectionId, String finding, LocalDate orderedOn, LocalDate dueOn,
                            LocalDate doneOn, String crew, String notes, LocalDate reInspectionSuggestedOn,
                            int doneBefore, boolean renewalCandidate, String renewalReason) {
}
