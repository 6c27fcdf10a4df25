package se.valedger.incident;

import java.time.Instant;
import org.axonframework.serialization.Revision;

/**
 * The incident was assessed again with new facts. {@code clocksStartAt} is set (to {@code at}) only by the first
 * assessment that finds it significant; {@code reopened} when that reassessment reopened an incident closed as
 * not significant.
 */
@Revision("1")
public record IncidentReassessed(
        String incidentId,
        Instant at,
        IncidentFacts facts,
        boolean suspectedMalicious,
        boolean crossBorder,
        String reason,
        SignificantIncident.Assessment assessment,
        Instant clocksStartAt,
        boolean reopened,
        String by) {
}
