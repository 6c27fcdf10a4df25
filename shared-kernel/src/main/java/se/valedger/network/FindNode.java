package se.valedger.network;

/** One node. Answers {@code Optional<NodeView>}. */
public record FindNode(String nodeId) {
}
