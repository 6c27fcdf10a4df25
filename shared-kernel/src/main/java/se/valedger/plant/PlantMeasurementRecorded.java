package se.valedger.plant;

import java.time.LocalDate;
import org.axonframework.serialization.Revision;

/** A day's measurement; {@code loadPe} is derived from BOD7 (70 g per pe and day). Null values were not measured. */
@Revision("1")
public record PlantMeasurementRecorded(
        String plantId,
        LocalDate date,
        Double inflowM3,
        Double bod7Kg,
        Double loadPe,
        Double totalPhosphorusKg,
        Double totalNitrogenKg,
        Double precipitationMm,
        String source) {
}
