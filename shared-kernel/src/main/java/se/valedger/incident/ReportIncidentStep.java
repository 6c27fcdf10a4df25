package se.valedger.incident;

import java.time.Instant;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Record that a step of the incident was taken at {@code at} (e.g. the early warning sent), with what was reported. */
public record ReportIncidentStep(@TargetAggregateIdentifier String incidentId, IncidentStep step, Instant at, String report) {
}
