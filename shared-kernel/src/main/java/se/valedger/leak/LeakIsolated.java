package se.valedger.leak;

import java.time.Instant;
import java.util.List;
import org.axonframework.serialization.Revision;

/** The leak's segment was shut; {@code interruptionCustomerMinutes} = customers x minutes without water, when known. */
@Revision("1")
public record LeakIsolated(String leakId, Instant isolatedAt, List<String> valvesClosed, boolean fromAnalysis,
                           Integer customersWithoutWater, Instant supplyRestoredAt, Long interruptionCustomerMinutes,
                           String note) {
}
