package se.valedger.leak;

import java.time.Instant;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** A temporary repair (a clamp, a plug) that stops the water until the permanent repair. */
public record RecordTemporaryRepair(@TargetAggregateIdentifier String leakId, Instant repairedAt, RepairMethod method,
                                    String note) {
}
