package se.valedger.plant;

import java.time.Instant;
import java.time.LocalDate;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * A day's measured values at a plant. Values left out are not measured by this sender; for a day
 * already recorded they keep their recorded value, and any changed value makes this a correction
 * (with {@code reason}, or a stated default). An identical re-send changes nothing. From an hourly or finer
 * series: the day's peak hour ({@code peakHourM3}, {@code peakHourStart}) and how many hours the day had.
 */
public record RecordPlantMeasurement(
        @TargetAggregateIdentifier String plantId,
        LocalDate date,
        Double inflowM3,
        Double bod7Kg,
        Double totalPhosphorusKg,
        Double totalNitrogenKg,
        Double precipitationMm,
        String source,
        String reason,
        Double peakHourM3,
        Instant peakHourStart,
        Integer hours) {

    public RecordPlantMeasurement(String plantId, LocalDate date, Double inflowM3, Double bod7Kg,
                                  Double totalPhosphorusKg, Double totalNitrogenKg, Double precipitationMm,
                                  String source, String reason) {
        this(plantId, date, inflowM3, bod7Kg, totalPhosphorusKg, totalNitrogenKg, precipitationMm, source, reason,
                null, null, null);
    }
}
