package se.valedger.pipe;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Record that a pipe was renewed in place: it keeps its id and history and gets a new material and
 * installation year (the year of the renewal). A new diameter may be given (pipe bursting can upsize).
 * {@code renewalKey}, if given, names the renewal (a renewal plan sends {@code planId/pipeId}): a repeat
 * with a key the pipe has already recorded is a no-op, so a sender may deliver at least once.
 */
public record RenewPipe(
        @TargetAggregateIdentifier String pipeId,
        Material material,
        Integer year,
        RenewalMethod method,
        Long costSek,
        Integer diameterMm,
        String renewalKey) {

    public RenewPipe(String pipeId, Material material, Integer year, RenewalMethod method, Long costSek,
                     Integer diameterMm) {
        this(pipeId, material, year, method, costSek, diameterMm, null);
    }
}
