package se.valedger.pipe;

import java.time.LocalDate;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Take a pipe out of service for good (abandoned, removed, replaced by another line). Date defaults to today. */
public record DecommissionPipe(@TargetAggregateIdentifier String pipeId, String reason, LocalDate date) {
}
