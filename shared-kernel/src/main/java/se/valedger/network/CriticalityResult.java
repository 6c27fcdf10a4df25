package se.valedger.network;

/** The answer to {@link FindCriticality}: the criticality, or why there is none (as {@link IsolationResult}). */
public record CriticalityResult(Criticality criticality, String refusedBecause) {
}
