package se.valedger.leak;

import java.time.Instant;
import org.axonframework.serialization.Revision;

/** A repair: with {@code pipeId} known, one failure in that pipe's history. */
@Revision("1")
public record LeakRepaired(String leakId, String pipeId, Instant repairedAt, RepairMethod method, double repairHours,
                           FailureCause cause) {
}
