package se.valedger.plant;

import java.time.LocalDate;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * A day's measured values at a plant. Values left out are not measured by this sender; for a day
 * already recorded they keep their recorded value, and any changed value makes this a correction
 * (with {@code reason}, or a stated default). An identical re-send changes nothing.
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
        String reason) {
}
