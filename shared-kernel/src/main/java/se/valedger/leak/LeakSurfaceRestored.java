package se.valedger.leak;

import java.time.Instant;
import org.axonframework.serialization.Revision;

@Revision("1")
public record LeakSurfaceRestored(String leakId, Instant restoredAt, String note) {
}
