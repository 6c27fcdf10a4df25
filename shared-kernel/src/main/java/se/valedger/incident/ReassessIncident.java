package se.valedger.incident;

import java.time.Instant;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Assess the incident again with the facts as known at {@code at} (when they became known), saying why. */
public record ReassessIncident(
        @TargetAggregateIdentifier String incidentId,
        Instant at,
        IncidentFacts facts,
        Boolean suspectedMalicious,
        Boolean crossBorder,
        String reason) {
}
