package se.valedger.network;

/** Nodes, optionally of one kind, by id. Answers {@link NodePage}. */
public record FindNodes(NodeKind kind, int page, int size) {
}
