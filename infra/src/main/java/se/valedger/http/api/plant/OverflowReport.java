package se.valedger.http.api.plant;

import java.time.Instant;
import se.valedger.plant.OverflowCause;
import se.valedger.plant.RecordOverflow;

/** The body of {@code POST /api/plants/{id}/overflows}. */
record OverflowReport(String pointId, Instant start, Instant end, Double volumeM3, Boolean volumeMeasured, Double bod7Kg,
                      Double totalPhosphorusKg, Double totalNitrogenKg, OverflowCause cause) {

    RecordOverflow toCommand(String plantId, String overflowId) {
        return new RecordOverflow(plantId, overflowId, pointId, start, end, volumeM3, volumeMeasured, bod7Kg,
                totalPhosphorusKg, totalNitrogenKg, cause);
    }
}
