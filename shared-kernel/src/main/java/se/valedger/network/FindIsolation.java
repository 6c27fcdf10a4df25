package se.valedger.network;

/** The isolation of one pipe. Answers {@link IsolationResult}. */
public record FindIsolation(String pipeId) {
}
