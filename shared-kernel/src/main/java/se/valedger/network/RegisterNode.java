package se.valedger.network;

import java.util.Map;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Register a network node (junction, manhole, hydrant, tank, reservoir ...); its position is required. */
public record RegisterNode(String nodeId, NodeKind kind, NodePosition position, String name,
                           Map<String, String> attributes) {

    /** The event store's id of the element ({@link NetworkIds}). */
    @TargetAggregateIdentifier
    public String aggregateId() {
        return NetworkIds.node(nodeId);
    }
}
