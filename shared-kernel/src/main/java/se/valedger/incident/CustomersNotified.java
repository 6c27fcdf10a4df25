package se.valedger.incident;

import java.time.Instant;
import org.axonframework.serialization.Revision;

/** The recipients of the service were told (NIS2 Art. 23(1)-(2)): when, channel, text and who recorded it. */
@Revision("1")
public record CustomersNotified(String incidentId, Instant at, String channel, String text, String by) {
}
