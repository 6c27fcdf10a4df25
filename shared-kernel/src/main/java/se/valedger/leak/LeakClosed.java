package se.valedger.leak;

import java.time.Instant;
import org.axonframework.serialization.Revision;

@Revision("1")
public record LeakClosed(String leakId, Instant closedAt, String note) {
}
