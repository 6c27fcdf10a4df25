package se.valedger.incident;

import java.time.Instant;

public record FindIncident(String incidentId, Instant now) {
}
