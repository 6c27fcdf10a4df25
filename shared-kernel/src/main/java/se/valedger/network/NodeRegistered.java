package se.valedger.network;

import java.util.Map;
import org.axonframework.serialization.Revision;

/** A node entered the network model; {@code position} is null only for an imported node its model does not draw. */
@Revision("1")
public record NodeRegistered(String nodeId, NodeKind kind, NodePosition position, String name,
                             Map<String, String> attributes) {
}
