package se.valedger.zone;

import java.time.LocalDate;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** An engineer confirms the night-flow signal of {@code since}: it became leak report {@code leakId}. */
public record ConfirmLeakSignal(@TargetAggregateIdentifier String zoneId, LocalDate since, String leakId) {
}
