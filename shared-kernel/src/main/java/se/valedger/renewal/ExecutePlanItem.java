package se.valedger.renewal;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import se.valedger.pipe.Material;

/** A planned renewal was carried out: the pipe now is of {@code newMaterial}, laid in {@code year}. */
public record ExecutePlanItem(
        @TargetAggregateIdentifier String planId,
        String pipeId,
        Material newMaterial,
        Integer year,
        Long actualCostSek) {
}
