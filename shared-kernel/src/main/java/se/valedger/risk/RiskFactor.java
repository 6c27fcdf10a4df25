package se.valedger.risk;

import java.util.List;

/**
 * One factor of a risk score: what was seen, the points (1-5) it gave and its weight in its half of the score.
 * {@code name} and {@code value} are English; for the UI's words {@code code} names the factor (message key
 * {@code risk.factor.<code>}) and {@code valueKey} with {@code args} its value (e.g. {@code risk.value.breaks} with
 * the count and the window). The three are null in explanations stored before issue 17.
 */
public record RiskFactor(String part, String name, String value, int points, double weight, String code,
                         String valueKey, List<String> args) {

    public RiskFactor {
        args = args == null ? List.of() : List.copyOf(args);
    }

    public RiskFactor(String part, String name, String value, int points, double weight) {
        this(part, name, value, points, weight, null, null, List.of());
    }

    /** A factor with its message keys: the value's key is {@code risk.value.<valueCode>}. */
    static RiskFactor of(String part, String name, String value, int points, double weight, String code,
                         String valueCode, Object... args) {
        return new RiskFactor(part, name, value, points, weight, code, "risk.value." + valueCode,
                java.util.Arrays.stream(args).map(String::valueOf).toList());
    }
}
