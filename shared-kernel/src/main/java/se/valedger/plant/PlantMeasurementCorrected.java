package se.valedger.plant;

import java.time.LocalDate;
import org.axonframework.serialization.Revision;

/** A recorded day's values as they are now, replacing the earlier ones (which stay in the history), and why. */
@Revision("1")
public record PlantMeasurementCorrected(
        String plantId,
        LocalDate date,
        Double inflowM3,
        Double bod7Kg,
        Double loadPe,
        Double totalPhosphorusKg,
        Double totalNitrogenKg,
        Double precipitationMm,
        String source,
        String reason) {
}
