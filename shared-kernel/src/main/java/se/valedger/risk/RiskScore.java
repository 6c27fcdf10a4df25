package se.valedger.risk;

import java.util.ArrayList;
import java.util.List;
import se.valedger.pipe.NetworkKind;

/**
 * Risk = likelihood of failure (1-5) x consequence of failure (1-5), 1-25. Version {@value #VERSION}.
 *
 * <p><b>Likelihood</b> = round(0.5 x condition + 0.3 x age + 0.2 x breaks), each factor scored 1-5:
 * <ul>
 * <li>condition (P122 grade): 1 -> 1, 2 -> 2, 3 -> 4, 4 -> 5;</li>
 * <li>age / service life: &lt; 0.5 -> 1, &lt; 0.75 -> 2, &lt; 1.0 -> 3, &lt; 1.25 -> 4, else 5;</li>
 * <li>breaks per km in the last 10 years: 0 -> 1, &lt; 1 -> 2, &lt; 3 -> 3, &lt; 6 -> 4, else 5.</li>
 * </ul>
 * An open leak is a failure that has happened: likelihood 5, whatever the other factors say.
 *
 * <p><b>Consequence</b> = round(0.3 x diameter + 0.3 x network + 0.4 x consequence class):
 * <ul>
 * <li>diameter: &lt; 200 mm -> 1, &lt; 300 -> 2, &lt; 500 -> 3, &lt; 800 -> 4, else 5;</li>
 * <li>network: drinking water 4, combined sewer 4, wastewater 3, stormwater 2;</li>
 * <li>consequence class: its own value 1-5.</li>
 * </ul>
 * Unknown inputs score 3 (the middle), so missing data neither hides nor inflates a pipe. Rounding is half up.
 */
public record RiskScore(int likelihood, int consequence, int score, String version, List<RiskFactor> factors) {

    public static final String VERSION = "risk-2025.1";

    static final double W_CONDITION = 0.5;
    static final double W_AGE = 0.3;
    static final double W_BREAKS = 0.2;
    static final double W_DIAMETER = 0.3;
    static final double W_NETWORK = 0.3;
    static final double W_CLASS = 0.4;
    static final int UNKNOWN_POINTS = 3;

    public RiskScore {
        factors = List.copyOf(factors);
    }

    public static RiskScore of(RiskInputs in) {
        List<RiskFactor> factors = new ArrayList<>();
        int likelihood;
        if (in.openLeak()) {
            factors.add(new RiskFactor("likelihood", "open leak", "failure has happened", 5, 1.0));
            likelihood = 5;
        } else {
            int condition = in.conditionGrade() == null ? UNKNOWN_POINTS : switch (in.conditionGrade()) {
                case 1 -> 1;
                case 2 -> 2;
                case 3 -> 4;
                default -> 5;
            };
            factors.add(new RiskFactor("likelihood", "condition grade",
                    in.conditionGrade() == null ? "unknown" : "P122 class " + in.conditionGrade(), condition, W_CONDITION));
            int age = UNKNOWN_POINTS;
            String ageText = "unknown";
            if (in.ageYears() != null && in.serviceLifeYears() != null && in.serviceLifeYears() > 0) {
                double ratio = (double) in.ageYears() / in.serviceLifeYears();
                age = ratio < 0.5 ? 1 : ratio < 0.75 ? 2 : ratio < 1.0 ? 3 : ratio < 1.25 ? 4 : 5;
                ageText = in.ageYears() + " of " + in.serviceLifeYears() + " years (" + Math.round(ratio * 100) + " %)";
            }
            factors.add(new RiskFactor("likelihood", "age vs service life", ageText, age, W_AGE));
            int breaks = UNKNOWN_POINTS;
            String breaksText = "unknown";
            if (in.breaksPerKm() != null) {
                double b = in.breaksPerKm();
                breaks = b == 0 ? 1 : b < 1 ? 2 : b < 3 ? 3 : b < 6 ? 4 : 5;
                breaksText = Math.round(b * 100) / 100.0 + " breaks/km in 10 years";
            }
            factors.add(new RiskFactor("likelihood", "break history", breaksText, breaks, W_BREAKS));
            likelihood = clamp(W_CONDITION * condition + W_AGE * age + W_BREAKS * breaks);
        }
        int diameter = in.diameterMm() == null ? UNKNOWN_POINTS : in.diameterMm() < 200 ? 1 : in.diameterMm() < 300 ? 2
                : in.diameterMm() < 500 ? 3 : in.diameterMm() < 800 ? 4 : 5;
        factors.add(new RiskFactor("consequence", "diameter", in.diameterMm() == null ? "unknown" : "DN " + in.diameterMm(),
                diameter, W_DIAMETER));
        int network = in.networkKind() == null ? UNKNOWN_POINTS : networkPoints(in.networkKind());
        factors.add(new RiskFactor("consequence", "network",
                in.networkKind() == null ? "unknown" : in.networkKind().name(), network, W_NETWORK));
        int consequenceClass = in.consequenceClass() == null ? UNKNOWN_POINTS : Math.max(1, Math.min(5, in.consequenceClass()));
        factors.add(new RiskFactor("consequence", "consequence class",
                in.consequenceClass() == null ? "unknown" : "class " + in.consequenceClass(), consequenceClass, W_CLASS));
        int consequence = clamp(W_DIAMETER * diameter + W_NETWORK * network + W_CLASS * consequenceClass);
        return new RiskScore(likelihood, consequence, likelihood * consequence, VERSION, factors);
    }

    static int networkPoints(NetworkKind kind) {
        return switch (kind) {
            case DRINKING_WATER, COMBINED -> 4;
            case WASTEWATER -> 3;
            case STORMWATER -> 2;
        };
    }

    private static int clamp(double weighted) {
        return (int) Math.max(1, Math.min(5, Math.floor(weighted + 0.5 + 1e-9)));
    }
}
