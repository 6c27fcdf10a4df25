package se.valedger.zone;

import java.time.LocalDate;
import org.axonframework.serialization.Revision;

@Revision("1")
public record LeakSignalConfirmed(String zoneId, LocalDate since, String leakId) {
}
