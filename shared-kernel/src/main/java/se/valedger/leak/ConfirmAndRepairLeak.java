package se.valedger.leak;

import java.time.Instant;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** The on-call crew's one step: the leak was found and repaired on the spot (stored as confirmed, then repaired). */
public record ConfirmAndRepairLeak(@TargetAggregateIdentifier String leakId, String note, Instant repairedAt,
                                   RepairMethod method, Double repairHours, FailureCause cause) {
}
