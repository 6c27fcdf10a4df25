package se.valedger.plant;

import java.time.LocalDate;
import org.axonframework.serialization.Revision;

/** The measurement of {@code date} took the plant above a utilisation threshold it was below. */
@Revision("1")
public record CapacityThresholdCrossed(
        String plantId,
        LocalDate date,
        CapacityDimension dimension,
        int thresholdPercent,
        double utilisationPercent) {
}
