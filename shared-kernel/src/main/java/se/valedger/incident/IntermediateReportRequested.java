package se.valedger.incident;

import java.time.Instant;
import org.axonframework.serialization.Revision;

/** An intermediate report was requested (NIS2 Art. 23(4)(c)) by {@code requestedBy}, due at {@code dueAt}. */
@Revision("1")
public record IntermediateReportRequested(String incidentId, String requestedBy, Instant at, Instant dueAt, String request,
                                          String recordedBy) {
}
