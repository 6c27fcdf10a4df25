package se.valedger.renewal;

import org.axonframework.serialization.Revision;

/** An executed item's renewal was handed to the pipe (once per item). */
@Revision("1")
public record PipeRenewalDispatched(String planId, String pipeId) {
}
