package se.valedger.plant;

import java.time.LocalDate;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** A new permit decision for a plant, valid from a date. */
public record ChangePermit(
        @TargetAggregateIdentifier String plantId,
        Integer personEquivalents,
        Double designFlowM3PerDay,
        LocalDate validFrom,
        String decisionReference) {
}
