package se.valedger.leak;

import java.time.Instant;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Plan the repair of a confirmed leak. */
public record ScheduleLeakRepair(@TargetAggregateIdentifier String leakId, Instant scheduledFor, String crew) {
}
