package se.valedger.leak;

import java.time.Instant;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** The street, lawn or pavement dug up for the repair is restored. */
public record RestoreLeakSurface(@TargetAggregateIdentifier String leakId, Instant restoredAt, String note) {
}
