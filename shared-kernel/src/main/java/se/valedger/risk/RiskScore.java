package se.valedger.risk;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import se.valedger.inspection.ConditionSource;
import se.valedger.pipe.NetworkKind;

/**
 * Risk = likelihood of failure (1-5) x consequence of failure (1-5), 1-25. Version {@value #VERSION}.
 *
 * <p><b>Likelihood from evidence</b> (issue 17: an uninspected old pipe must not outrank a pipe about to collapse).
 * <ul>
 * <li>An open leak is a failure that has happened: 5, whatever else is known.</li>
 * <li>The <i>age-and-breaks estimate</i> E = 0.6 x age + 0.3 x breaks + 0.1 x length, each scored 1-5:
 *   age / service life &lt; 0.5 -> 1, &lt; 0.75 -> 2, &lt; 1.0 -> 3, &lt; 1.25 -> 4, else 5; breaks of the pipe itself
 *   (not third-party damage, not valves or fittings) counted per pipe over the stated window: 0 -> 1, 1 -> 3, 2 -> 4,
 *   3 or more -> 5; length, a separate factor so that a short pipe with one break is not "50 breaks/km":
 *   &lt; 50 m -> 1, &lt; 100 -> 2, &lt; 250 -> 3, &lt; 500 -> 4, else 5. Unknown age or breaks score 3.</li>
 * <li><b>Not inspected</b>: likelihood = round(E), and the explanation says "not inspected" first, so the list never
 *   hides that the evidence is missing.</li>
 * <li><b>Inspected</b>: the structural class decides (no defect observed -> 1, class 1 -> 1, 2 -> 2, 3 -> 4,
 *   4 -> 5), and age only ages the inspection: likelihood = round((1 - w) x condition + w x E) with
 *   w = 1 - 0.5^(years since the inspection / half-life) ({@link RiskModel#inspectionHalfLifeYears}, ASSUMED 10).
 *   Renewal ranks on the structural class: an operational finding (roots, deposits) does not raise it.</li>
 * </ul>
 * So a young pipe with a class-4 defect inspected this year scores 5, an old uninspected pipe with no breaks 4 at
 * most, an old pipe inspected class 1 last year 1.
 *
 * <p><b>Consequence</b> = round(0.3 x diameter + 0.3 x network + 0.4 x consequence class):
 * <ul>
 * <li>diameter: &lt; 200 mm -> 1, &lt; 300 -> 2, &lt; 500 -> 3, &lt; 800 -> 4, else 5;</li>
 * <li>network: drinking water 4, combined sewer 4, wastewater 3, stormwater 2;</li>
 * <li>consequence class: its own value 1-5.</li>
 * </ul>
 * Unknown inputs score 3 (the middle), so missing data neither hides nor inflates a pipe. Rounding is half up.
 * The weights are VA Ledger's (ASSUMED); the points per class follow the old score (risk-2025.1).
 */
public record RiskScore(int likelihood, int consequence, int score, String version, List<RiskFactor> factors) {

    public static final String VERSION = "risk-2026.1";

    static final double W_AGE = 0.6;
    static final double W_BREAKS = 0.3;
    static final double W_LENGTH = 0.1;
    static final double W_DIAMETER = 0.3;
    static final double W_NETWORK = 0.3;
    static final double W_CLASS = 0.4;
    static final int UNKNOWN_POINTS = 3;

    public RiskScore {
        factors = List.copyOf(factors);
    }

    public static RiskScore of(RiskInputs in) {
        return of(in, RiskModel.DEFAULTS);
    }

    public static RiskScore of(RiskInputs in, RiskModel model) {
        List<RiskFactor> factors = new ArrayList<>();
        int likelihood;
        if (in.openLeak()) {
            factors.add(RiskFactor.of("likelihood", "open leak", "failure has happened", 5, 1.0, "openLeak", "openLeak"));
            likelihood = 5;
        } else if (!in.inspected()) {
            factors.add(RiskFactor.of("likelihood", "condition", "not inspected", UNKNOWN_POINTS, 0, "notInspected",
                    "notInspected"));
            likelihood = clamp(estimate(in, model, 1.0, factors));
        } else {
            double w = model.ageWeight(in.inspectionAgeYears() == null ? 0 : in.inspectionAgeYears());
            int condition = conditionPoints(in.structuralClass());
            String whose = in.conditionSource() == null ? "" : in.conditionSource() == ConditionSource.DERIVED
                    ? " (VA Ledger's estimate)" : " (inspector)";
            String value = (in.structuralClass() == null ? "no structural defect observed"
                    : "structural class " + in.structuralClass() + whose)
                    + ", inspected " + years(in.inspectionAgeYears()) + " years ago";
            String valueCode = in.structuralClass() == null ? "noDefectObserved"
                    : in.conditionSource() == ConditionSource.DERIVED ? "derivedClass"
                    : in.conditionSource() == null ? "structuralClass" : "inspectorClass";
            factors.add(in.structuralClass() == null
                    ? RiskFactor.of("likelihood", "structural condition", value, condition, round2(1 - w),
                    "structuralCondition", valueCode, years(in.inspectionAgeYears()))
                    : RiskFactor.of("likelihood", "structural condition", value, condition, round2(1 - w),
                    "structuralCondition", valueCode, in.structuralClass(), years(in.inspectionAgeYears())));
            likelihood = clamp((1 - w) * condition + estimate(in, model, w, factors));
        }
        int diameter = in.diameterMm() == null ? UNKNOWN_POINTS : in.diameterMm() < 200 ? 1 : in.diameterMm() < 300 ? 2
                : in.diameterMm() < 500 ? 3 : in.diameterMm() < 800 ? 4 : 5;
        factors.add(in.diameterMm() == null
                ? RiskFactor.of("consequence", "diameter", "unknown", diameter, W_DIAMETER, "diameter", "unknown")
                : RiskFactor.of("consequence", "diameter", "DN " + in.diameterMm(), diameter, W_DIAMETER, "diameter",
                "diameter", in.diameterMm()));
        int network = in.networkKind() == null ? UNKNOWN_POINTS : networkPoints(in.networkKind());
        factors.add(in.networkKind() == null
                ? RiskFactor.of("consequence", "network", "unknown", network, W_NETWORK, "network", "unknown")
                : RiskFactor.of("consequence", "network", in.networkKind().name(), network, W_NETWORK, "network",
                "network." + in.networkKind().name()));
        int consequenceClass = in.consequenceClass() == null ? UNKNOWN_POINTS : Math.max(1, Math.min(5, in.consequenceClass()));
        factors.add(in.consequenceClass() == null
                ? RiskFactor.of("consequence", "consequence class", "unknown", consequenceClass, W_CLASS,
                "consequenceClass", "unknown")
                : RiskFactor.of("consequence", "consequence class", "class " + in.consequenceClass(), consequenceClass,
                W_CLASS, "consequenceClass", "consequenceClass", in.consequenceClass()));
        int consequence = clamp(W_DIAMETER * diameter + W_NETWORK * network + W_CLASS * consequenceClass);
        return new RiskScore(likelihood, consequence, likelihood * consequence, VERSION, factors);
    }

    /** Points of a structural class: no defect observed and class 1 -> 1, 2 -> 2, 3 -> 4, 4 -> 5. */
    static int conditionPoints(Integer structuralClass) {
        if (structuralClass == null) {
            return 1;
        }
        return switch (structuralClass) {
            case 1 -> 1;
            case 2 -> 2;
            case 3 -> 4;
            default -> 5;
        };
    }

    /** The age-and-breaks estimate times {@code share}, its factors added with their share of the weight. */
    private static double estimate(RiskInputs in, RiskModel model, double share, List<RiskFactor> factors) {
        int age = UNKNOWN_POINTS;
        if (in.ageYears() != null && in.serviceLifeYears() != null && in.serviceLifeYears() > 0) {
            double ratio = (double) in.ageYears() / in.serviceLifeYears();
            age = ratio < 0.5 ? 1 : ratio < 0.75 ? 2 : ratio < 1.0 ? 3 : ratio < 1.25 ? 4 : 5;
            long percent = Math.round(ratio * 100);
            factors.add(RiskFactor.of("likelihood", "age vs service life", in.ageYears() + " of " + in.serviceLifeYears()
                    + " years (" + percent + " %)", age, round2(share * W_AGE), "age", "age", in.ageYears(),
                    in.serviceLifeYears(), percent));
        } else {
            factors.add(RiskFactor.of("likelihood", "age vs service life", "unknown", age, round2(share * W_AGE), "age",
                    "unknown"));
        }
        int breaks = UNKNOWN_POINTS;
        int window = in.breakWindowYears() == null ? model.breakWindowYears() : in.breakWindowYears();
        if (in.breaks() != null) {
            int b = in.breaks();
            breaks = b == 0 ? 1 : b == 1 ? 3 : b == 2 ? 4 : 5;
            factors.add(RiskFactor.of("likelihood", "break history", b + (b == 1 ? " break" : " breaks")
                    + " of the pipe itself in " + window + " years", breaks, round2(share * W_BREAKS), "breaks",
                    "breaks", b, window));
        } else {
            factors.add(RiskFactor.of("likelihood", "break history", "unknown", breaks, round2(share * W_BREAKS),
                    "breaks", "unknown"));
        }
        int length = UNKNOWN_POINTS;
        if (in.lengthM() != null) {
            double l = in.lengthM();
            length = l < 50 ? 1 : l < 100 ? 2 : l < 250 ? 3 : l < 500 ? 4 : 5;
            String metres = String.format(Locale.ROOT, "%.0f", l);
            factors.add(RiskFactor.of("likelihood", "length", metres + " m", length, round2(share * W_LENGTH), "length",
                    "length", metres));
        } else {
            factors.add(RiskFactor.of("likelihood", "length", "unknown", length, round2(share * W_LENGTH), "length",
                    "unknown"));
        }
        return share * (W_AGE * age + W_BREAKS * breaks + W_LENGTH * length);
    }

    static int networkPoints(NetworkKind kind) {
        return switch (kind) {
            case DRINKING_WATER, COMBINED -> 4;
            case WASTEWATER -> 3;
            case STORMWATER -> 2;
        };
    }

    private static String years(Double years) {
        return years == null ? "?" : String.format(Locale.ROOT, "%.1f", years);
    }

    private static double round2(double v) {
        return Math.round(v * 100) / 100.0;
    }

    private static int clamp(double weighted) {
        return (int) Math.max(1, Math.min(5, Math.floor(weighted + 0.5 + 1e-9)));
    }
}
