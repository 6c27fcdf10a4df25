package se.valedger.incident;

import java.time.Instant;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * The recipients of the service (abonnenter) were told of the incident and of what they can do
 * (NIS2 Art. 23(1) second subparagraph and 23(2)): when, through which channel, with which text.
 */
public record NotifyCustomers(@TargetAggregateIdentifier String incidentId, Instant at, String channel, String text) {
}
