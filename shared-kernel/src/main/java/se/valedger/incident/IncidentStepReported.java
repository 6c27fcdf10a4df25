package se.valedger.incident;

import java.time.Instant;
import org.axonframework.serialization.Revision;

/** A step of the incident was taken: when, by whom, and what was reported. */
@Revision("1")
public record IncidentStepReported(String incidentId, IncidentStep step, Instant at, String report, String by) {
}
