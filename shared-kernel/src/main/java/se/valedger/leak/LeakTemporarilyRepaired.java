package se.valedger.leak;

import java.time.Instant;
import org.axonframework.serialization.Revision;

@Revision("1")
public record LeakTemporarilyRepaired(String leakId, Instant repairedAt, RepairMethod method, String note) {
}
