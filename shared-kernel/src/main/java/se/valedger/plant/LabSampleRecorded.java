package se.valedger.plant;

import java.time.Instant;
import java.util.List;
import org.axonframework.serialization.Revision;

/**
 * A composite sample's lab result, with the values as given and the loads derived from them: {@code bod7KgPerDay}
 * (null when the sample has no BOD7 basis), how it was obtained ({@code bod7Basis}, with the plant's
 * {@code bod7Factor} when BOD5 or COD was converted), {@code loadPe} (70 g BOD7 per pe and day) and the ISO week
 * ({@code week}, "2024-W07") the period's midpoint falls in, in the utility's calendar.
 */
@Revision("1")
public record LabSampleRecorded(
        String plantId,
        String sampleId,
        SampleKind kind,
        Instant periodStart,
        Instant periodEnd,
        String week,
        Double inflowM3,
        Double inflowM3PerDay,
        List<SampleValue> values,
        Double bod7KgPerDay,
        String bod7Basis,
        Double bod7Factor,
        Double loadPe,
        Double totalPhosphorusKgPerDay,
        Double totalNitrogenKgPerDay,
        String source) {
}
