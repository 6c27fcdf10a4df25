package se.valedger.network;

import java.util.Map;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import se.valedger.pipe.ImportOutcome;

/**
 * One node of a bulk import: registers it if new, corrects kind, position, name and attributes when the file says
 * otherwise, and does nothing when they match (answers an {@link ImportOutcome}). {@code position} may be null only
 * for a model that draws no coordinates for the node (EPANET without {@code [COORDINATES]}); the importer warns.
 */
public record ImportNode(String nodeId, NodeKind kind, NodePosition position, String name,
                         Map<String, String> attributes, String reason) {

    /** The event store's id of the element ({@link NetworkIds}). */
    @TargetAggregateIdentifier
    public String aggregateId() {
        return NetworkIds.node(nodeId);
    }
}
