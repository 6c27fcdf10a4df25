package se.valedger.leak;

import java.time.Instant;
import org.axonframework.serialization.Revision;

@Revision("1")
public record LeakRepairScheduled(String leakId, Instant scheduledFor, String crew) {
}
