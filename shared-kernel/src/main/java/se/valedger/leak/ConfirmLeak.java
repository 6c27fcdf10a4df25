package se.valedger.leak;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Someone on site confirms the reported leak is real. */
public record ConfirmLeak(@TargetAggregateIdentifier String leakId, String note) {
}
