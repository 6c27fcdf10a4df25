package se.valedger.plant;

import java.time.LocalDate;
import org.axonframework.serialization.Revision;

/** The measurement of {@code date} was within the permit again after an exceedance. */
@Revision("1")
public record PermitExceedanceEnded(
        String plantId,
        LocalDate date,
        CapacityDimension dimension,
        double measured,
        double permitted,
        double utilisationPercent) {
}
