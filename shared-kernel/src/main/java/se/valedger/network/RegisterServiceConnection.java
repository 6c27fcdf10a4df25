package se.valedger.network;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Register service connections at a node or along a pipe (exactly one of the two): {@code households} of them (a
 * count), or one connection with its address and property id (fastighetsbeteckning), then {@code households} is 1
 * unless given.
 */
public record RegisterServiceConnection(String connectionId, String nodeId, String pipeId, Integer households,
                                        String address, String propertyId) {

    /** The event store's id of the element ({@link NetworkIds}). */
    @TargetAggregateIdentifier
    public String aggregateId() {
        return NetworkIds.connection(connectionId);
    }
}
