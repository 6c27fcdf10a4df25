package se.valedger.plant;

import java.time.Instant;
import java.time.LocalDate;
import org.axonframework.serialization.Revision;

/**
 * A day's measurement; {@code loadPe} is derived from BOD7 (70 g per pe and day). Null values were not measured.
 * Revision 2 adds the day's peak hour from an hourly or finer series ({@code peakHourM3} in m3 in that hour,
 * compared with Qdim in m3/h; {@code peakHourStart}) and {@code hours}, the length of the day in the utility's
 * calendar the series covered (23 or 25 on daylight-saving days); null for a daily value. Revision 1 events read
 * with these null (upcaster {@code PlantMeasurementRecordedRevision1To2}). Lab values recorded here by revision 1
 * (or by {@code POST .../measurements}) are read as a 24-hour composite of the day by the weekly load.
 */
@Revision("2")
public record PlantMeasurementRecorded(
        String plantId,
        LocalDate date,
        Double inflowM3,
        Double bod7Kg,
        Double loadPe,
        Double totalPhosphorusKg,
        Double totalNitrogenKg,
        Double precipitationMm,
        String source,
        Double peakHourM3,
        Instant peakHourStart,
        Integer hours) {

    /** A daily value without an hourly series. */
    public PlantMeasurementRecorded(String plantId, LocalDate date, Double inflowM3, Double bod7Kg, Double loadPe,
                                    Double totalPhosphorusKg, Double totalNitrogenKg, Double precipitationMm,
                                    String source) {
        this(plantId, date, inflowM3, bod7Kg, loadPe, totalPhosphorusKg, totalNitrogenKg, precipitationMm, source,
                null, null, null);
    }
}
