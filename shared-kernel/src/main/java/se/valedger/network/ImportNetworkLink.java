package se.valedger.network;

import java.util.Map;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * A pump or control valve of a network model, between two nodes: it carries water in the graph (a lake's pump
 * feeds the network) but is no pipe of the register. Registered if new, else corrected or unchanged.
 */
public record ImportNetworkLink(String linkId, LinkKind kind, String fromNode, String toNode,
                                Map<String, String> attributes, String reason) {

    /** The event store's id of the element ({@link NetworkIds}). */
    @TargetAggregateIdentifier
    public String aggregateId() {
        return NetworkIds.link(linkId);
    }
}
