package se.valedger.renewal;

import org.axonframework.serialization.Revision;

@Revision("1")
public record RenewalPlanReturned(String planId, String reviewer, String reason) {
}
