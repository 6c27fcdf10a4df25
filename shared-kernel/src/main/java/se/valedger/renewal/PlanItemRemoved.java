package se.valedger.renewal;

import org.axonframework.serialization.Revision;

@Revision("1")
public record PlanItemRemoved(String planId, String pipeId) {
}
