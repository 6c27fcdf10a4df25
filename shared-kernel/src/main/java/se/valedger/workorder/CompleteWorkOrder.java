package se.valedger.workorder;

import java.time.LocalDate;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Record that the crew did the work, on which day. */
public record CompleteWorkOrder(@TargetAggregateIdentifier String workOrderId, LocalDate doneOn, String crew,
                                String notes) {
}
