package se.valedger.network;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** One valve of a bulk import: registered if new, corrected if the file says otherwise, else unchanged. */
public record ImportValve(String valveId, String pipeId, String nodeId, ValveKind kind,
                          ValveStatus status, Integer diameterMm, String reason) {

    /** The event store's id of the element ({@link NetworkIds}). */
    @TargetAggregateIdentifier
    public String aggregateId() {
        return NetworkIds.valve(valveId);
    }
}
