package se.valedger.plant;

import java.util.List;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Register a treatment plant with its permit. Utilisation thresholds are percentages of the permit
 * (below 100); none given means 80 % and 90 %.
 */
public record RegisterTreatmentPlant(
        @TargetAggregateIdentifier String plantId,
        String name,
        Permit permit,
        List<Integer> thresholdsPercent) {
}
