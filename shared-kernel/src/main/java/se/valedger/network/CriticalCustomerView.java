package se.valedger.network;

/** A critical customer and its connection point (a node or a pipe). */
public record CriticalCustomerView(String customerId, String name, CustomerKind kind, String nodeId, String pipeId) {
}
