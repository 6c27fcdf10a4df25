package se.valedger.workorder;

import java.time.LocalDate;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Order work on a pipe after an inspection's finding.
 *
 * @param task    for cleaning, {@code ROOT_CUTTING} or {@code FLUSHING}; for a follow-up {@code INSPECT_STRUCTURE}
 * @param finding the EN 13508-2 code and class that opened it, e.g. "BBA class 4"
 */
public record OpenWorkOrder(@TargetAggregateIdentifier String workOrderId, WorkOrderKind kind, String task,
                            String pipeId, String inspectionId, String finding, LocalDate orderedOn, LocalDate dueOn) {
}
