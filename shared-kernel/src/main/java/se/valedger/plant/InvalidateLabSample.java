package se.valedger.plant;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** A sample is not to be used (a faulty sampler, a broken chain of custody), with the reason. The week stays usual. */
public record InvalidateLabSample(@TargetAggregateIdentifier String plantId, String sampleId, String reason) {
}
