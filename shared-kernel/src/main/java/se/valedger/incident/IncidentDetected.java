package se.valedger.incident;

import java.time.Instant;
import java.util.List;
import org.axonframework.serialization.Revision;

/** An incident entered the register; {@code significant} and its reasons are the heuristic's proposal then. */
@Revision("1")
public record IncidentDetected(
        String incidentId,
        Instant awareAt,
        String description,
        List<String> affectedServices,
        boolean suspectedMalicious,
        boolean crossBorder,
        Impact impact,
        boolean significant,
        List<String> significanceReasons,
        String recordedBy) {
}
