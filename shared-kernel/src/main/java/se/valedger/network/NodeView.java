package se.valedger.network;

import java.util.Map;

/** A node as the network read model knows it; {@code source}: a reservoir, tank or treatment works. */
public record NodeView(String nodeId, NodeKind kind, NodePosition position, String name, Map<String, String> attributes,
                       boolean source) {
}
