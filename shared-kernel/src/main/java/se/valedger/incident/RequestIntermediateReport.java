package se.valedger.incident;

import java.time.Instant;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * The CSIRT or the supervisory authority asked for an intermediate report (NIS2 Art. 23(4)(c)): who asked, when,
 * by when (the authority sets the time), and what they asked.
 */
public record RequestIntermediateReport(@TargetAggregateIdentifier String incidentId, String requestedBy, Instant at,
                                        Instant dueAt, String request) {
}
