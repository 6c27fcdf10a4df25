package se.valedger.pipe;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Record that a pipe was renewed in place: it keeps its id and history and gets a new material and
 * installation year (the year of the renewal). A new diameter may be given (pipe bursting can upsize).
 */
public record RenewPipe(
        @TargetAggregateIdentifier String pipeId,
        Material material,
        Integer year,
        RenewalMethod method,
        Long costSek,
        Integer diameterMm) {
}
