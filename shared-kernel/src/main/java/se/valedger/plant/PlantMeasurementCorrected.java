package se.valedger.plant;

import java.time.Instant;
import java.time.LocalDate;
import org.axonframework.serialization.Revision;

/**
 * A recorded day's values as they are now, replacing the earlier ones (which stay in the history), and why.
 * Revision 2 adds the peak hour and the day's hours as in {@link PlantMeasurementRecorded}; revision 1 reads
 * them as null (upcaster).
 */
@Revision("2")
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
        String reason,
        Double peakHourM3,
        Instant peakHourStart,
        Integer hours) {

    public PlantMeasurementCorrected(String plantId, LocalDate date, Double inflowM3, Double bod7Kg, Double loadPe,
                                     Double totalPhosphorusKg, Double totalNitrogenKg, Double precipitationMm,
                                     String source, String reason) {
        this(plantId, date, inflowM3, bod7Kg, loadPe, totalPhosphorusKg, totalNitrogenKg, precipitationMm, source,
                reason, null, null, null);
    }
}
