package se.valedger.workorder;

import java.time.LocalDate;
import org.axonframework.serialization.Revision;

/**
 * The work was done. {@code reInspectionSuggestedOn}: when the pipe should be looked at again to see whether the
 * finding returned ({@link OperationalFindings#REINSPECT_AFTER_MONTHS} months after the work, ASSUMED).
 */
@Revision("1")
public record WorkOrderCompleted(String workOrderId, String pipeId, WorkOrderKind kind, LocalDate doneOn, String crew,
                                 String notes, LocalDate reInspectionSuggestedOn) {
}
