package se.valedger.incident;

import java.time.Instant;

/** The register's incidents (only those not closed, if {@code openOnly}), with their clocks as of {@code now}. */
public record FindIncidents(boolean openOnly, Instant now) {
}
