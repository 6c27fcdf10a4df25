package se.valedger.plant;

import java.time.LocalDate;
import org.axonframework.serialization.Revision;

/** The measurement of {@code date} was back at or below a threshold; the threshold fires again on the next crossing. */
@Revision("1")
public record CapacityThresholdCleared(
        String plantId,
        LocalDate date,
        CapacityDimension dimension,
        int thresholdPercent,
        double utilisationPercent) {
}
