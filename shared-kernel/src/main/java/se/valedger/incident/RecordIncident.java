package se.valedger.incident;

import java.time.Instant;
import java.util.List;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Enter a detected incident into the NIS2 register with what is known of it at {@code awareAt}. */
public record RecordIncident(
        @TargetAggregateIdentifier String incidentId,
        Instant awareAt,
        String description,
        List<String> affectedServices,
        Boolean suspectedMalicious,
        Boolean crossBorder,
        IncidentFacts facts) {
}
