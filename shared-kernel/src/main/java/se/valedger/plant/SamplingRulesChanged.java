package se.valedger.plant;

import org.axonframework.serialization.Revision;

/** The plant's sampling rules as they are from now on (every field, not just the changed ones). */
@Revision("1")
public record SamplingRulesChanged(String plantId, SamplingRules rules, String reason) {
}
