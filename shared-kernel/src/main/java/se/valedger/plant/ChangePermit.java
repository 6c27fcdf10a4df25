package se.valedger.plant;

import java.time.LocalDate;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** A new permit decision for a plant, valid from a date; hourly Qdim and basis as the permit words them. */
public record ChangePermit(
        @TargetAggregateIdentifier String plantId,
        Integer personEquivalents,
        Double designFlowM3PerDay,
        LocalDate validFrom,
        String decisionReference,
        Double designFlowM3PerHour,
        PermitBasis basis) {

    public ChangePermit(String plantId, Integer personEquivalents, Double designFlowM3PerDay, LocalDate validFrom,
                        String decisionReference) {
        this(plantId, personEquivalents, designFlowM3PerDay, validFrom, decisionReference, null, null);
    }
}
