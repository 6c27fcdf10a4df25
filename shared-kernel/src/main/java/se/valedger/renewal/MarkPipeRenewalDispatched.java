package se.valedger.renewal;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Sent by the execution handler before it hands an executed item's renewal to the pipe. Answers
 * {@code true} the first time for an item and {@code false} after, so each pipe is renewed once
 * however often the handler sees the execution.
 */
public record MarkPipeRenewalDispatched(@TargetAggregateIdentifier String planId, String pipeId) {
}
