package se.valedger.plant;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * The plant's settings for lab samples and the weekly load: the BOD5->BOD7 and COD->BOD7 factors (null: that
 * parameter is not converted and is refused as a BOD7 basis), the minimum samples a week needs to count in the
 * maximum, and the yearly sample count the control programme asks for. Null numbers keep what is set.
 */
public record ChangeSamplingRules(
        @TargetAggregateIdentifier String plantId,
        Double bod5ToBod7Factor,
        Double codToBod7Factor,
        Integer minSamplesPerWeek,
        Integer samplesPerYear,
        String reason) {
}
