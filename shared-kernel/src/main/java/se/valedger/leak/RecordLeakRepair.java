package se.valedger.leak;

import java.time.Instant;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** The scheduled repair was done: how, how long it took and why the pipe failed. */
public record RecordLeakRepair(@TargetAggregateIdentifier String leakId, Instant repairedAt, RepairMethod method,
                               Double repairHours, FailureCause cause) {
}
