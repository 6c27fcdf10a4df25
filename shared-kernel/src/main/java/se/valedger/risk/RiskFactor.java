package se.valedger.risk;

/**
 * One factor of a risk score: what was seen, the points (1-5) it gave and its weight in its half of the score.
 * {@code code} names the factor for the UI's words (message key {@code risk.factor.<code>}); null in
 * explanations stored before issue 17.
 */
public record RiskFactor(String part, String name, String value, int points, double weight, String code) {

    public RiskFactor(String part, String name, String value, int points, double weight) {
        this(part, name, value, points, weight, null);
    }
}
