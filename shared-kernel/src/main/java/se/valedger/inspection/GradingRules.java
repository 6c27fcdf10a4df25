package se.valedger.inspection;

import static se.valedger.inspection.Aspect.OPERATIONAL;
import static se.valedger.inspection.Aspect.STRUCTURAL;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * VA Ledger's own rule table that estimates condition classes from EN 13508-2 observations ("P122-like").
 * Version {@value #VERSION} (named {@code VAL-P122-2025.1} before issue 17; see {@link #renamed}).
 *
 * <p>This is not Svenskt Vatten's grading: under P122 the certified inspector gives each observation its class,
 * and that class decides ({@link InspectorClassesDecide}). This table gives VA Ledger's estimate, shown beside
 * the inspector's class, and the class when the inspector gave none.
 *
 * <p>Scale: P122's classes 1 (minor defect) to 4 (worst); an observation without a graded defect gives no class
 * (the inspection then reads "no defect observed", see {@link PipeCondition}). Every rule also gives a
 * PACP-style grade 1-5, equal to the P122 class except where the rule names a failed or imminently failing
 * pipe (collapse, soil or void visible, deformation of 25 % or more, three quarters of the section lost),
 * which is 5. The thresholds are VA Ledger's own reading of P122's class guidance, kept here in one place; they
 * are not a copy of the standard's tables. Change them only by adding a new version: every graded event
 * stores the version that graded it, so history is never silently re-graded.
 *
 * <p>Quantities: deformation, intrusion and cross-section losses in % of the pipe; fissure widths and joint
 * displacements in mm; angular joint displacement in degrees. A rule whose quantity is missing falls back to
 * the class named in its text.
 *
 * <table>
 * <tr><th>code</th><th>aspect</th><th>class 1</th><th>class 2</th><th>class 3</th><th>class 4</th></tr>
 * <tr><td>BAA deformation</td><td>S</td><td>-</td><td>&lt; 5 %</td><td>5-&lt;10 % (default)</td><td>&ge; 10 % (&ge; 25 %: PACP 5)</td></tr>
 * <tr><td>BAB fissure</td><td>S</td><td>A surface crack</td><td>B crack &lt; 3 mm</td><td>B &ge; 3 mm; C fracture &lt; 5 mm</td><td>C &ge; 5 mm</td></tr>
 * <tr><td>BAC break/collapse</td><td>S</td><td></td><td></td><td>A break</td><td>B missing pieces; C collapse (PACP 5)</td></tr>
 * <tr><td>BAD brickwork</td><td>S</td><td></td><td></td><td>A-B (default)</td><td>C-D (dropped/collapsed)</td></tr>
 * <tr><td>BAE missing mortar</td><td>S</td><td></td><td>always</td><td></td><td></td></tr>
 * <tr><td>BAF surface damage</td><td>S</td><td></td><td>A-C (default)</td><td>D-E</td><td>F-I (reinforcement, wall)</td></tr>
 * <tr><td>BAG intruding connection</td><td>S</td><td></td><td>&lt; 10 %</td><td>10-&lt;25 % (default)</td><td>&ge; 25 %</td></tr>
 * <tr><td>BAH defective connection</td><td>S</td><td></td><td>A-C (default)</td><td>D-E</td><td></td></tr>
 * <tr><td>BAI intruding sealing</td><td>S</td><td></td><td>&lt; 10 % (default)</td><td>10-&lt;25 %</td><td>&ge; 25 %</td></tr>
 * <tr><td>BAJ displaced joint</td><td>S</td><td>A &lt; 20 mm, B &lt; 10 mm, C &lt; 3&deg;</td><td>A &lt; 50, B &lt; 25, C &lt; 7 (default)</td><td>A &lt; 100, B &lt; 50, C &lt; 15</td><td>above</td></tr>
 * <tr><td>BAK, BAL, BAM lining, repair, weld</td><td>S</td><td></td><td></td><td>always</td><td></td></tr>
 * <tr><td>BAN porous pipe</td><td>S</td><td></td><td>always</td><td></td><td></td></tr>
 * <tr><td>BAO, BAP soil/void visible</td><td>S</td><td></td><td></td><td></td><td>always (PACP 5)</td></tr>
 * <tr><td>BBA-BBE roots, deposits, soil ingress, obstacles</td><td>O</td><td>&lt; 5 %</td><td>5-&lt;10 % (default)</td><td>10-&lt;25 %</td><td>&ge; 25 % (&ge; 75 %: PACP 5)</td></tr>
 * <tr><td>BBF infiltration</td><td>O</td><td></td><td>A seeping (default)</td><td>B dripping</td><td>C running, D gushing</td></tr>
 * <tr><td>BBG exfiltration</td><td>O</td><td></td><td></td><td>always</td><td></td></tr>
 * <tr><td>BBH vermin</td><td>O</td><td></td><td>always</td><td></td><td></td></tr>
 * <tr><td>BDD water level</td><td>O</td><td>&lt; 25 % (default)</td><td>25-&lt;50 %</td><td>&ge; 50 %</td><td></td></tr>
 * </table>
 *
 * <p>Inventory codes (BCA-BCE) and the other BD codes are known and kept but not graded.
 */
public final class GradingRules {

    public static final String VERSION = "VAL-DERIVED-2026.1";

    /**
     * The name this table had before issue 17 ({@code VAL-P122-2025.1}, which wrongly suggested Svenskt Vatten's
     * grading). Stored gradings that name it read as {@value #FORMER_VERSION_RENAMED}: the same thresholds.
     */
    public static final String FORMER_VERSION = "VAL-P122-2025.1";
    public static final String FORMER_VERSION_RENAMED = "VAL-DERIVED-2025.1";

    /** The version a stored grading names, with the table's former name mapped to its new one. */
    public static String renamed(String version) {
        return FORMER_VERSION.equals(version) ? FORMER_VERSION_RENAMED : version;
    }

    /** The aspect an observation's code speaks to: BA* structural, BB* and BDD operational; empty otherwise. */
    public static Optional<Aspect> aspectOf(String code) {
        String c = normalise(code);
        if (c.startsWith("BA")) {
            return Optional.of(STRUCTURAL);
        }
        if (c.startsWith("BB") || c.equals("BDD")) {
            return Optional.of(OPERATIONAL);
        }
        return Optional.empty();
    }

    /** EN 13508-2 main codes that are recorded but never graded. */
    static final Set<String> NOT_GRADED = Set.of("BCA", "BCB", "BCC", "BCD", "BCE",
            "BDA", "BDB", "BDC", "BDE", "BDF", "BDG");

    private static final Map<String, Function<Observation, Severity>> RULES = Map.ofEntries(
            Map.entry("BAA", GradingRules::deformation),
            Map.entry("BAB", GradingRules::fissure),
            Map.entry("BAC", GradingRules::breakOrCollapse),
            Map.entry("BAD", o -> letter(o, "CD") ? Severity.of(STRUCTURAL, 4, "BAD dropped or collapsed masonry: class 4")
                    : Severity.of(STRUCTURAL, 3, "BAD defective brickwork: class 3")),
            Map.entry("BAE", o -> Severity.of(STRUCTURAL, 2, "BAE missing mortar: class 2")),
            Map.entry("BAF", GradingRules::surfaceDamage),
            Map.entry("BAG", o -> byPercent(o, STRUCTURAL, "BAG intruding connection", 3, 10, 25)),
            Map.entry("BAH", o -> letter(o, "DE") ? Severity.of(STRUCTURAL, 3, "BAH defective connection, damaged (D/E): class 3")
                    : Severity.of(STRUCTURAL, 2, "BAH defective connection: class 2")),
            Map.entry("BAI", o -> byPercent(o, STRUCTURAL, "BAI intruding sealing material", 2, 10, 25)),
            Map.entry("BAJ", GradingRules::displacedJoint),
            Map.entry("BAK", o -> Severity.of(STRUCTURAL, 3, "BAK lining defect: class 3")),
            Map.entry("BAL", o -> Severity.of(STRUCTURAL, 3, "BAL defective repair: class 3")),
            Map.entry("BAM", o -> Severity.of(STRUCTURAL, 3, "BAM weld failure: class 3")),
            Map.entry("BAN", o -> Severity.of(STRUCTURAL, 2, "BAN porous pipe: class 2")),
            Map.entry("BAO", o -> Severity.failing(STRUCTURAL, "BAO soil visible through defect: class 4, PACP 5")),
            Map.entry("BAP", o -> Severity.failing(STRUCTURAL, "BAP void visible through defect: class 4, PACP 5")),
            Map.entry("BBA", o -> sectionLoss(o, "BBA roots")),
            Map.entry("BBB", o -> sectionLoss(o, "BBB attached deposits")),
            Map.entry("BBC", o -> sectionLoss(o, "BBC settled deposits")),
            Map.entry("BBD", o -> sectionLoss(o, "BBD ingress of soil")),
            Map.entry("BBE", o -> sectionLoss(o, "BBE other obstacles")),
            Map.entry("BBF", GradingRules::infiltration),
            Map.entry("BBG", o -> Severity.of(OPERATIONAL, 3, "BBG exfiltration: class 3")),
            Map.entry("BBH", o -> Severity.of(OPERATIONAL, 2, "BBH vermin: class 2")),
            Map.entry("BDD", GradingRules::waterLevel));

    private GradingRules() {
    }

    /** The severity of one observation; empty for known ungraded codes and for unknown codes. */
    public static Optional<Severity> grade(Observation observation) {
        Function<Observation, Severity> rule = RULES.get(normalise(observation.code()));
        return rule == null ? Optional.empty() : Optional.of(rule.apply(observation));
    }

    /** Whether the table knows the main code (graded or deliberately not graded). */
    public static boolean knows(String code) {
        String c = normalise(code);
        return RULES.containsKey(c) || NOT_GRADED.contains(c);
    }

    static String normalise(String code) {
        return code == null ? "" : code.strip().toUpperCase(Locale.ROOT);
    }

    private static Severity deformation(Observation o) {
        Double q = o.quantity();
        if (q == null) {
            return Severity.of(STRUCTURAL, 3, "BAA deformation, size not given: class 3");
        }
        if (q >= 25) {
            return Severity.failing(STRUCTURAL, "BAA deformation " + fmt(q) + " % >= 25 %: class 4, PACP 5");
        }
        return Severity.of(STRUCTURAL, q >= 10 ? 4 : q >= 5 ? 3 : 2, "BAA deformation " + fmt(q) + " %: class "
                + (q >= 10 ? 4 : q >= 5 ? 3 : 2) + " (5 % / 10 % limits)");
    }

    private static Severity fissure(Observation o) {
        Double width = o.quantity();
        String c1 = upper(o.characterisation1());
        String w = width == null ? "width not given" : fmt(width) + " mm";
        return switch (c1) {
            case "A" -> Severity.of(STRUCTURAL, 1, "BAB-A surface crack: class 1");
            case "C" -> width != null && width >= 5
                    ? Severity.of(STRUCTURAL, 4, "BAB-C fracture " + w + " >= 5 mm: class 4")
                    : Severity.of(STRUCTURAL, 3, "BAB-C fracture " + w + ": class 3");
            default -> width != null && width >= 3
                    ? Severity.of(STRUCTURAL, 3, "BAB-" + c1 + " crack " + w + " >= 3 mm: class 3")
                    : Severity.of(STRUCTURAL, 2, "BAB-" + c1 + " crack " + w + ": class 2");
        };
    }

    private static Severity breakOrCollapse(Observation o) {
        return switch (upper(o.characterisation1())) {
            case "A" -> Severity.of(STRUCTURAL, 3, "BAC-A break: class 3");
            case "C" -> Severity.failing(STRUCTURAL, "BAC-C collapse: class 4, PACP 5");
            default -> Severity.of(STRUCTURAL, 4, "BAC-" + upper(o.characterisation1()) + " break with missing pieces: class 4");
        };
    }

    private static Severity surfaceDamage(Observation o) {
        String c1 = upper(o.characterisation1());
        if (letter(o, "FGHI")) {
            return Severity.of(STRUCTURAL, 4, "BAF-" + c1 + " reinforcement or wall damage: class 4");
        }
        if (letter(o, "DE")) {
            return Severity.of(STRUCTURAL, 3, "BAF-" + c1 + " aggregate projecting or missing: class 3");
        }
        return Severity.of(STRUCTURAL, 2, "BAF-" + c1 + " surface damage: class 2");
    }

    private static Severity displacedJoint(Observation o) {
        String c1 = upper(o.characterisation1());
        Double q = o.quantity();
        double[] limits = switch (c1) {
            case "A" -> new double[] {20, 50, 100};
            case "C" -> new double[] {3, 7, 15};
            default -> new double[] {10, 25, 50};
        };
        String unit = "C".equals(c1) ? " degrees" : " mm";
        if (q == null) {
            return Severity.of(STRUCTURAL, 2, "BAJ-" + c1 + " displaced joint, size not given: class 2");
        }
        int grade = q < limits[0] ? 1 : q < limits[1] ? 2 : q < limits[2] ? 3 : 4;
        return Severity.of(STRUCTURAL, grade, "BAJ-" + c1 + " displaced joint " + fmt(q) + unit + ": class " + grade
                + " (limits " + fmt(limits[0]) + "/" + fmt(limits[1]) + "/" + fmt(limits[2]) + unit + ")");
    }

    private static Severity sectionLoss(Observation o, String what) {
        Double q = o.quantity();
        if (q == null) {
            return Severity.of(OPERATIONAL, 2, what + ", section loss not given: class 2");
        }
        if (q >= 75) {
            return Severity.failing(OPERATIONAL, what + " " + fmt(q) + " % of the section >= 75 %: class 4, PACP 5");
        }
        int grade = q < 5 ? 1 : q < 10 ? 2 : q < 25 ? 3 : 4;
        return Severity.of(OPERATIONAL, grade, what + " " + fmt(q) + " % of the section: class " + grade
                + " (limits 5/10/25 %)");
    }

    private static Severity infiltration(Observation o) {
        return switch (upper(o.characterisation1())) {
            case "B" -> Severity.of(OPERATIONAL, 3, "BBF-B infiltration, dripping: class 3");
            case "C" -> Severity.of(OPERATIONAL, 4, "BBF-C infiltration, running: class 4");
            case "D" -> Severity.of(OPERATIONAL, 4, "BBF-D infiltration, gushing: class 4");
            default -> Severity.of(OPERATIONAL, 2, "BBF-" + upper(o.characterisation1()) + " infiltration, seeping: class 2");
        };
    }

    private static Severity waterLevel(Observation o) {
        Double q = o.quantity();
        int grade = q == null || q < 25 ? 1 : q < 50 ? 2 : 3;
        return Severity.of(OPERATIONAL, grade, "BDD water level " + (q == null ? "not given" : fmt(q) + " %")
                + ": class " + grade + " (limits 25/50 %)");
    }

    private static Severity byPercent(Observation o, Aspect aspect, String what, int fallback,
                                      double class3From, double class4From) {
        Double q = o.quantity();
        if (q == null) {
            return Severity.of(aspect, fallback, what + ", size not given: class " + fallback);
        }
        int grade = q < class3From ? 2 : q < class4From ? 3 : 4;
        return Severity.of(aspect, grade, what + " " + fmt(q) + " %: class " + grade + " (limits "
                + fmt(class3From) + "/" + fmt(class4From) + " %)");
    }

    private static boolean letter(Observation o, String letters) {
        String c1 = upper(o.characterisation1());
        return c1.length() == 1 && letters.contains(c1);
    }

    private static String upper(String s) {
        return s == null ? "" : s.strip().toUpperCase(Locale.ROOT);
    }

    private static String fmt(double d) {
        return d == Math.rint(d) ? Long.toString((long) d) : Double.toString(d);
    }
}
