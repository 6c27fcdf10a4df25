package se.valedger.incident;

import java.time.Instant;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Close an incident assessed not significant, with the reason (it is kept in the register). */
public record CloseIncidentAsNotSignificant(@TargetAggregateIdentifier String incidentId, Instant at, String reason) {
}
