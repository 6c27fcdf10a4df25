package se.valedger.network;

/** One pipe's criticality. Answers {@link CriticalityResult}. */
public record FindCriticality(String pipeId) {
}
