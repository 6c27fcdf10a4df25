package se.valedger.incident;

import java.time.Instant;
import java.util.List;
import org.axonframework.serialization.Revision;

/**
 * An incident entered the register with the facts known then and their first assessment. Revision 2: the
 * facts and the Art. 23(3) assessment replaced revision 1's impact and NIS1 heuristic (read by
 * {@code IncidentDetectedRevision1To2}). {@code clocksStartAt} is {@code awareAt} when this first assessment
 * finds the incident significant (the operator was aware of a significant incident then), else null.
 */
@Revision("2")
public record IncidentDetected(
        String incidentId,
        Instant awareAt,
        String description,
        List<String> affectedServices,
        boolean suspectedMalicious,
        boolean crossBorder,
        IncidentFacts facts,
        SignificantIncident.Assessment assessment,
        Instant clocksStartAt,
        String recordedBy) {
}
