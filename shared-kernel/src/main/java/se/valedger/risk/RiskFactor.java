package se.valedger.risk;

/** One factor of a risk score: what was seen, the points (1-5) it gave and its weight in its half of the score. */
public record RiskFactor(String part, String name, String value, int points, double weight) {
}
