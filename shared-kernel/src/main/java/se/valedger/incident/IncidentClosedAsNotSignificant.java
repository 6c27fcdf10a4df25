package se.valedger.incident;

import java.time.Instant;
import org.axonframework.serialization.Revision;

/** An incident assessed not significant was closed, with the reason; a significant reassessment reopens it. */
@Revision("1")
public record IncidentClosedAsNotSignificant(String incidentId, Instant at, String reason, String by) {
}
