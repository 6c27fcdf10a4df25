package se.valedger.network;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Register a valve on a pipe at one of its ends ({@code nodeId} is the pipe's start or end node; the application
 * checks both against the register before sending). {@code kind} defaults to ISOLATION, {@code status} to UNKNOWN.
 */
public record RegisterValve(String valveId, String pipeId, String nodeId, ValveKind kind,
                            ValveStatus status, Integer diameterMm) {

    /** The event store's id of the element ({@link NetworkIds}). */
    @TargetAggregateIdentifier
    public String aggregateId() {
        return NetworkIds.valve(valveId);
    }
}
