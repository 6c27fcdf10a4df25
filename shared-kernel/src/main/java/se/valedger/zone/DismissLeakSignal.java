package se.valedger.zone;

import java.time.LocalDate;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** An engineer dismisses the night-flow signal of {@code since}, with the reason (a fire, a flushing, a meter fault). */
public record DismissLeakSignal(@TargetAggregateIdentifier String zoneId, LocalDate since, String reason) {
}
