package se.valedger.renewal;

/** Likelihood and consequence of failure (1-5 each), their product (1-25) and why, in words. */
public record PipeRisk(int likelihood, int consequence, int score, String explanation) {
}
