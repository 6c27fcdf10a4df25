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
 * <p><b>Consequence in named parts</b> (issue 17) = round(sum of weight x points / sum of the weights), over the parts
 * that are known; the weights are {@link ConsequenceWeights} ({@code valedger.risk.consequence.*}, versioned in
 * {@link #version}: "risk-2026.2/&lt;weights version&gt;"). Points (VA Ledger's, ASSUMED):
 * <ul>
 * <li>diameter: &lt; 200 mm -> 1, &lt; 300 -> 2, &lt; 500 -> 3, &lt; 800 -> 4, else 5 (unknown 3);</li>
 * <li>network: drinking water 4, combined sewer 4, wastewater 3, stormwater 2 (unknown 3);</li>
 * <li>consequence class: the register's own value 1-5 (unknown 3);</li>
 * <li>households without water when shut off (issue 20's criticality): 0 -> 1, &lt; 20 -> 2, &lt; 200 -> 3,
 *   &lt; 2000 -> 4, else 5;</li>
 * <li>critical customers (hospital, care home, school, industry) without water: 0 -> 1, 1 -> 4, 2 or more -> 5;</li>
 * <li>single feed 5, looped (ring feed) 1 (a single-feed main is out until repaired, a looped one is fed around the
 *   break; single feed from issue 20's {@code CriticalityAnalysis}, the points ASSUMED);</li>
 * <li>under a main road or railway 5, not 1; inside a water protection area 5, not 1;</li>
 * <li>distance to the recipient &lt; 50 m -> 5, &lt; 200 -> 4, &lt; 500 -> 3, &lt; 1000 -> 2, else 1.</li>
 * </ul>
 * The register parts (diameter, network, class) score 3 when unknown, as before; a further part not known is left
 * out of the sum and shown as "not known: not counted" (weight 0). So a pipe of which nothing more is known scores
 * the consequence it had under risk-2026.1.
 * Unknown inputs score 3 (the middle), so missing data neither hides nor inflates a pipe. Rounding is half up.
 * The weights are VA Ledger's (ASSUMED); the points per class follow the old score (risk-2025.1).
 */
public record RiskScore(int likelihood, int consequence, int score, String version, List<RiskFactor> factors) {

    public static final String VERSION = "risk-2026.2";

    static final double W_AGE = 0.6;
    static final double W_BREAKS = 0.3;
    static final double W_LENGTH = 0.1;
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
        ConsequenceWeights w = model.consequenceWeights();
        double[] sums = new double[2]; // weighted points, weights of the known parts
        int diameter = in.diameterMm() == null ? UNKNOWN_POINTS : in.diameterMm() < 200 ? 1 : in.diameterMm() < 300 ? 2
                : in.diameterMm() < 500 ? 3 : in.diameterMm() < 800 ? 4 : 5;
        counted(sums, diameter, w.diameter());
        factors.add(in.diameterMm() == null
                ? RiskFactor.of("consequence", "diameter", "unknown", diameter, w.diameter(), "diameter", "unknown")
                : RiskFactor.of("consequence", "diameter", "DN " + in.diameterMm(), diameter, w.diameter(), "diameter",
                "diameter", in.diameterMm()));
        int network = in.networkKind() == null ? UNKNOWN_POINTS : networkPoints(in.networkKind());
        counted(sums, network, w.network());
        factors.add(in.networkKind() == null
                ? RiskFactor.of("consequence", "network", "unknown", network, w.network(), "network", "unknown")
                : RiskFactor.of("consequence", "network", in.networkKind().name(), network, w.network(), "network",
                "network." + in.networkKind().name()));
        int consequenceClass = in.consequenceClass() == null ? UNKNOWN_POINTS : Math.max(1, Math.min(5, in.consequenceClass()));
        counted(sums, consequenceClass, w.consequenceClass());
        factors.add(in.consequenceClass() == null
                ? RiskFactor.of("consequence", "consequence class", "unknown", consequenceClass, w.consequenceClass(),
                "consequenceClass", "unknown")
                : RiskFactor.of("consequence", "consequence class", "class " + in.consequenceClass(), consequenceClass,
                w.consequenceClass(), "consequenceClass", "consequenceClass", in.consequenceClass()));
        ConsequenceFacts c = in.consequenceFacts();
        Integer households = c.householdsServed();
        part(factors, sums, "households served", "households", w.households(), households == null ? null
                : households == 0 ? 1 : households < 20 ? 2 : households < 200 ? 3 : households < 2000 ? 4 : 5,
                households == null ? null : households + " households without water", "households", households);
        Integer critical = c.criticalCustomers();
        part(factors, sums, "critical customers", "criticalCustomers", w.criticalCustomers(), critical == null ? null
                : critical == 0 ? 1 : critical == 1 ? 4 : 5,
                critical == null ? null : critical + " critical customers without water", "criticalCustomers", critical);
        Boolean single = c.singleFeed();
        part(factors, sums, "feed", "singleFeed", w.singleFeed(), single == null ? null : single ? 5 : 1,
                single == null ? null : single ? "single feed: no other way for the water" : "looped: fed another way too",
                single == null ? null : single ? "singleFeed.true" : "singleFeed.false", null);
        Boolean road = c.underMainRoadOrRailway();
        part(factors, sums, "main road or railway", "mainRoadOrRailway", w.mainRoadOrRailway(),
                road == null ? null : road ? 5 : 1, road == null ? null : road ? "under a main road or railway" : "not under one",
                road == null ? null : road ? "mainRoadOrRailway.true" : "mainRoadOrRailway.false", null);
        Boolean protection = c.inWaterProtectionArea();
        part(factors, sums, "water protection area", "waterProtectionArea", w.waterProtectionArea(),
                protection == null ? null : protection ? 5 : 1,
                protection == null ? null : protection ? "inside a water protection area" : "outside",
                protection == null ? null : protection ? "waterProtectionArea.true" : "waterProtectionArea.false", null);
        Double recipient = c.distanceToRecipientM();
        String metres = recipient == null ? null : String.format(Locale.ROOT, "%.0f", recipient);
        part(factors, sums, "distance to recipient", "distanceToRecipient", w.distanceToRecipient(),
                recipient == null ? null : recipient < 50 ? 5 : recipient < 200 ? 4 : recipient < 500 ? 3
                        : recipient < 1000 ? 2 : 1, recipient == null ? null : metres + " m", "distanceToRecipient",
                metres);
        int consequence = clamp(sums[0] / sums[1]);
        return new RiskScore(likelihood, consequence, likelihood * consequence, VERSION + "/" + w.version(), factors);
    }

    private static void counted(double[] sums, int points, double weight) {
        sums[0] += weight * points;
        sums[1] += weight;
    }

    /**
     * A further consequence part: counted with its weight when known; when not known shown as "not known: not
     * counted" with weight 0. {@code valueCode} names the value's message key when it is known, {@code arg} its
     * argument (null for none).
     */
    private static void part(List<RiskFactor> factors, double[] sums, String name, String code, double weight,
                             Integer points, String value, String valueCode, Object arg) {
        if (points == null) {
            factors.add(RiskFactor.of("consequence", name, "not known: not counted", UNKNOWN_POINTS, 0, code,
                    "notKnownNotCounted"));
            return;
        }
        counted(sums, points, weight);
        factors.add(arg == null
                ? RiskFactor.of("consequence", name, value, points, weight, code, valueCode)
                : RiskFactor.of("consequence", name, value, points, weight, code, valueCode, arg));
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
