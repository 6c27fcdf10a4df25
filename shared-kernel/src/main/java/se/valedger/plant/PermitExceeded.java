package se.valedger.plant;

import java.time.LocalDate;
import org.axonframework.serialization.Revision;

/** The measurement of {@code date} was above what the permit allows (utilisation above 100 %). */
@Revision("1")
public record PermitExceeded(
        String plantId,
        LocalDate date,
        CapacityDimension dimension,
        double measured,
        double permitted,
        double utilisationPercent) {
}
