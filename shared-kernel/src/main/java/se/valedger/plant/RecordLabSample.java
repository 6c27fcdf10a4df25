package se.valedger.plant;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * A lab result of an incoming composite sample. The period is {@code periodStart}-{@code periodEnd}, or when both
 * are left out the calendar day {@code date} in the utility's calendar (23 or 25 hours on daylight-saving days).
 * {@code inflowM3} is the inflow over the whole period; concentrations become loads only with it. {@code kind}
 * left out: a daily composite for a period of at most 25 hours, else a weekly composite.
 */
public record RecordLabSample(
        @TargetAggregateIdentifier String plantId,
        String sampleId,
        SampleKind kind,
        LocalDate date,
        Instant periodStart,
        Instant periodEnd,
        Double inflowM3,
        List<SampleValue> values,
        String source) {
}
