package se.valedger.network;

/** The isolation of one pipe. Answers {@code Optional<Isolation>} (empty: no such pipe in the network read model). */
public record FindIsolation(String pipeId) {
}
