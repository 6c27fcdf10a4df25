package se.valedger.http.api.plant;

import java.time.LocalDate;
import se.valedger.plant.RecordPlantMeasurement;

/** The body of {@code POST /api/plants/{id}/measurements}: one day; a second one for the day is a correction. */
record MeasurementReport(LocalDate date, Double inflowM3, Double bod7Kg, Double totalPhosphorusKg,
                         Double totalNitrogenKg, Double precipitationMm, String reason) {

    RecordPlantMeasurement toCommand(String plantId) {
        return new RecordPlantMeasurement(plantId, date, inflowM3, bod7Kg, totalPhosphorusKg, totalNitrogenKg,
                precipitationMm, "api", reason);
    }
}
