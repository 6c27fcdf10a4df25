package se.valedger.inspection;

import static se.valedger.inspection.Aspect.OPERATIONAL;
import static se.valedger.inspection.Aspect.STRUCTURAL;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiFunction;

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
 * <tr><td>BAA deformation, rigid pipe (concrete, clay, grey iron, AC)</td><td>S</td><td></td><td></td><td></td><td>any: a rigid pipe that deforms is broken (PACP 5)</td></tr>
 * <tr><td>BAA deformation, flexible or unknown material</td><td>S</td><td>-</td><td>&lt; 5 %</td><td>5-&lt;10 % (default)</td><td>&ge; 10 % (&ge; 25 %: PACP 5)</td></tr>
 * <tr><td>BAB crack</td><td>S</td><td>A surface crack</td><td>B crack &lt; 3 mm</td><td>B &ge; 3 mm; C open crack &lt; 5 mm</td><td>C open crack &ge; 5 mm</td></tr>
 * <tr><td>BAC broken/collapse</td><td>S</td><td></td><td></td><td>A broken over &lt; 3 clock hours or extent not given</td><td>A broken over &ge; 3 clock hours (90 days); B pieces missing (30 days); C collapse (PACP 5, 7 days)</td></tr>
 * <tr><td>BAD brickwork</td><td>S</td><td></td><td></td><td>A-B (default)</td><td>C-D (dropped/collapsed)</td></tr>
 * <tr><td>BAE missing mortar</td><td>S</td><td></td><td>always</td><td></td><td></td></tr>
 * <tr><td>BAF surface damage</td><td>S</td><td></td><td>A-C (default)</td><td>D-E</td><td>F-I (reinforcement, wall)</td></tr>
 * <tr><td>BAG intruding connection</td><td>S</td><td></td><td>&lt; 10 %</td><td>10-&lt;25 % (default)</td><td>&ge; 25 %</td></tr>
 * <tr><td>BAH defective connection</td><td>S</td><td></td><td>A-C (default)</td><td>D-E</td><td></td></tr>
 * <tr><td>BAI intruding sealing</td><td>S</td><td></td><td>&lt; 10 % (default)</td><td>10-&lt;25 %</td><td>&ge; 25 %</td></tr>
 * <tr><td>BAJ displaced joint, A longitudinal / B radial, diameter known</td><td>S</td><td>&lt; 2 % of DN</td><td>&lt; 5 %</td><td>&lt; 10 %</td><td>&ge; 10 % of DN</td></tr>
 * <tr><td>BAJ without a diameter; C angular</td><td>S</td><td>A &lt; 20 mm, B &lt; 10 mm, C &lt; 3&deg;</td><td>A &lt; 50, B &lt; 25, C &lt; 7 (default)</td><td>A &lt; 100, B &lt; 50, C &lt; 15</td><td>above</td></tr>
 * <tr><td>BAK, BAL, BAM lining, repair, weld</td><td>S</td><td></td><td></td><td>always</td><td></td></tr>
 * <tr><td>BAN porous pipe</td><td>S</td><td></td><td>always</td><td></td><td></td></tr>
 * <tr><td>BAO, BAP soil/void visible</td><td>S</td><td></td><td></td><td></td><td>always (PACP 5, 30 days)</td></tr>
 * <tr><td>BBA-BBE roots, deposits, soil ingress, obstacles</td><td>O</td><td>&lt; 5 %</td><td>5-&lt;10 % (default)</td><td>10-&lt;25 %</td><td>&ge; 25 % (&ge; 75 %: PACP 5)</td></tr>
 * <tr><td>BBF infiltration</td><td>O</td><td></td><td>A seeping (default)</td><td>B dripping</td><td>C running, D gushing (7 days)</td></tr>
 * <tr><td>BBG exfiltration</td><td>O</td><td></td><td></td><td>always</td><td></td></tr>
 * <tr><td>BBH vermin</td><td>O</td><td></td><td>always</td><td></td><td></td></tr>
 * <tr><td>BDD water level</td><td>O</td><td>&lt; 25 % (default)</td><td>25-&lt;50 %</td><td>&ge; 50 %</td><td></td></tr>
 * </table>
 *
 * <p>Inventory codes (BCA-BCE) and the other BD codes are known and kept but not graded.
 *
 * <p>Since {@code VAL-DERIVED-2026.1} (issue 17) the rules respect the pipe ({@link PipeContext}): joints are displaced
 * relative to the diameter, deformation is judged by rigid or flexible material, BAB C is an open crack (not a
 * fracture), and urgent observations carry a due time in days from the inspection (collapse and gushing infiltration 7,
 * pieces missing and soil or void visible 30, a break over a quarter of the circumference 90). The percentages and the
 * days are VA Ledger's (ASSUMED), chosen so that what threatens a collapse is acted on within days, not months.
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

    /** Due times of urgent observations, in days from the inspection (ASSUMED: VA Ledger's, see the table). */
    public static final int COLLAPSE_DAYS = 7;
    public static final int GUSHING_DAYS = 7;
    public static final int PIECES_MISSING_DAYS = 30;
    public static final int SOIL_OR_VOID_DAYS = 30;
    public static final int BROKEN_WIDE_DAYS = 90;
    /** A break over this many clock hours (a quarter of the circumference) is class 4. */
    public static final int BROKEN_EXTENT_HOURS = 3;

    /** EN 13508-2 main codes that are recorded but never graded. */
    static final Set<String> NOT_GRADED = Set.of("BCA", "BCB", "BCC", "BCD", "BCE",
            "BDA", "BDB", "BDC", "BDE", "BDF", "BDG");

    private static final Map<String, BiFunction<Observation, PipeContext, Severity>> RULES = Map.ofEntries(
            Map.entry("BAA", GradingRules::deformation),
            Map.entry("BAB", GradingRules::fissure),
            Map.entry("BAC", GradingRules::breakOrCollapse),
            Map.entry("BAD", (o, p) -> letter(o, "CD") ? Severity.of(STRUCTURAL, 4, "BAD dropped or collapsed masonry: class 4")
                    : Severity.of(STRUCTURAL, 3, "BAD defective brickwork: class 3")),
            Map.entry("BAE", (o, p) -> Severity.of(STRUCTURAL, 2, "BAE missing mortar: class 2")),
            Map.entry("BAF", GradingRules::surfaceDamage),
            Map.entry("BAG", (o, p) -> byPercent(o, STRUCTURAL, "BAG intruding connection", 3, 10, 25)),
            Map.entry("BAH", (o, p) -> letter(o, "DE") ? Severity.of(STRUCTURAL, 3, "BAH defective connection, damaged (D/E): class 3")
                    : Severity.of(STRUCTURAL, 2, "BAH defective connection: class 2")),
            Map.entry("BAI", (o, p) -> byPercent(o, STRUCTURAL, "BAI intruding sealing material", 2, 10, 25)),
            Map.entry("BAJ", GradingRules::displacedJoint),
            Map.entry("BAK", (o, p) -> Severity.of(STRUCTURAL, 3, "BAK lining defect: class 3")),
            Map.entry("BAL", (o, p) -> Severity.of(STRUCTURAL, 3, "BAL defective repair: class 3")),
            Map.entry("BAM", (o, p) -> Severity.of(STRUCTURAL, 3, "BAM weld failure: class 3")),
            Map.entry("BAN", (o, p) -> Severity.of(STRUCTURAL, 2, "BAN porous pipe: class 2")),
            Map.entry("BAO", (o, p) -> Severity.urgent(STRUCTURAL, 5, SOIL_OR_VOID_DAYS,
                    "BAO soil visible through defect: class 4, PACP 5, within " + SOIL_OR_VOID_DAYS + " days")),
            Map.entry("BAP", (o, p) -> Severity.urgent(STRUCTURAL, 5, SOIL_OR_VOID_DAYS,
                    "BAP void visible through defect: class 4, PACP 5, within " + SOIL_OR_VOID_DAYS + " days")),
            Map.entry("BBA", (o, p) -> sectionLoss(o, "BBA roots")),
            Map.entry("BBB", (o, p) -> sectionLoss(o, "BBB attached deposits")),
            Map.entry("BBC", (o, p) -> sectionLoss(o, "BBC settled deposits")),
            Map.entry("BBD", (o, p) -> sectionLoss(o, "BBD ingress of soil")),
            Map.entry("BBE", (o, p) -> sectionLoss(o, "BBE other obstacles")),
            Map.entry("BBF", GradingRules::infiltration),
            Map.entry("BBG", (o, p) -> Severity.of(OPERATIONAL, 3, "BBG exfiltration: class 3")),
            Map.entry("BBH", (o, p) -> Severity.of(OPERATIONAL, 2, "BBH vermin: class 2")),
            Map.entry("BDD", GradingRules::waterLevel));

    private GradingRules() {
    }

    /** The severity of one observation; empty for known ungraded codes and for unknown codes. */
    public static Optional<Severity> grade(Observation observation) {
        return grade(observation, PipeContext.UNKNOWN);
    }

    /** The severity of one observation in the pipe it was made in (diameter, rigid or flexible). */
    public static Optional<Severity> grade(Observation observation, PipeContext pipe) {
        BiFunction<Observation, PipeContext, Severity> rule = RULES.get(normalise(observation.code()));
        return rule == null ? Optional.empty()
                : Optional.of(rule.apply(observation, pipe == null ? PipeContext.UNKNOWN : pipe));
    }

    /** Whether the table knows the main code (graded or deliberately not graded). */
    public static boolean knows(String code) {
        String c = normalise(code);
        return RULES.containsKey(c) || NOT_GRADED.contains(c);
    }

    static String normalise(String code) {
        return code == null ? "" : code.strip().toUpperCase(Locale.ROOT);
    }

    private static Severity deformation(Observation o, PipeContext p) {
        Double q = o.quantity();
        if (Boolean.TRUE.equals(p.rigid())) {
            return Severity.failing(STRUCTURAL, "BAA deformation of a rigid pipe" + (q == null ? "" : " (" + fmt(q) + " %)")
                    + ": a rigid pipe that deforms is broken: class 4, PACP 5");
        }
        String of = p.rigid() == null ? " (material not known: graded as flexible)" : " of a flexible pipe";
        if (q == null) {
            return Severity.of(STRUCTURAL, 3, "BAA deformation" + of + ", size not given: class 3");
        }
        if (q >= 25) {
            return Severity.failing(STRUCTURAL, "BAA deformation" + of + " " + fmt(q) + " % >= 25 %: class 4, PACP 5");
        }
        int grade = q >= 10 ? 4 : q >= 5 ? 3 : 2;
        return Severity.of(STRUCTURAL, grade, "BAA deformation" + of + " " + fmt(q) + " %: class " + grade
                + " (5 % / 10 % limits)");
    }

    private static Severity fissure(Observation o, PipeContext p) {
        Double width = o.quantity();
        String c1 = upper(o.characterisation1());
        String w = width == null ? "width not given" : fmt(width) + " mm";
        return switch (c1) {
            case "A" -> Severity.of(STRUCTURAL, 1, "BAB-A surface crack: class 1");
            case "C" -> width != null && width >= 5
                    ? Severity.of(STRUCTURAL, 4, "BAB-C open crack " + w + " >= 5 mm: class 4")
                    : Severity.of(STRUCTURAL, 3, "BAB-C open crack " + w + ": class 3");
            default -> width != null && width >= 3
                    ? Severity.of(STRUCTURAL, 3, "BAB-" + c1 + " crack " + w + " >= 3 mm: class 3")
                    : Severity.of(STRUCTURAL, 2, "BAB-" + c1 + " crack " + w + ": class 2");
        };
    }

    private static Severity breakOrCollapse(Observation o, PipeContext p) {
        return switch (upper(o.characterisation1())) {
            case "A" -> {
                Integer span = clockSpanHours(o);
                if (span != null && span >= BROKEN_EXTENT_HOURS) {
                    yield Severity.urgent(STRUCTURAL, 4, BROKEN_WIDE_DAYS, "BAC-A broken over " + span
                            + " clock hours (at least a quarter of the circumference): class 4, within " + BROKEN_WIDE_DAYS
                            + " days");
                }
                yield Severity.of(STRUCTURAL, 3, "BAC-A broken" + (span == null ? ", extent not given" : " over " + span
                        + " clock hours") + ": class 3");
            }
            case "C" -> Severity.urgent(STRUCTURAL, 5, COLLAPSE_DAYS, "BAC-C collapse: class 4, PACP 5, within "
                    + COLLAPSE_DAYS + " days");
            default -> Severity.urgent(STRUCTURAL, 4, PIECES_MISSING_DAYS, "BAC-" + upper(o.characterisation1())
                    + " broken with pieces missing: class 4, within " + PIECES_MISSING_DAYS + " days");
        };
    }

    /** Clock hours an observation spans from clockFrom to clockTo, clockwise (a full turn is 12); null if not given. */
    static Integer clockSpanHours(Observation o) {
        if (o.clockFrom() == null || o.clockTo() == null) {
            return null;
        }
        int span = Math.floorMod(o.clockTo() - o.clockFrom(), 12);
        return span == 0 ? 12 : span;
    }

    private static Severity surfaceDamage(Observation o, PipeContext p) {
        String c1 = upper(o.characterisation1());
        if (letter(o, "FGHI")) {
            return Severity.of(STRUCTURAL, 4, "BAF-" + c1 + " reinforcement or wall damage: class 4");
        }
        if (letter(o, "DE")) {
            return Severity.of(STRUCTURAL, 3, "BAF-" + c1 + " aggregate projecting or missing: class 3");
        }
        return Severity.of(STRUCTURAL, 2, "BAF-" + c1 + " surface damage: class 2");
    }

    private static Severity displacedJoint(Observation o, PipeContext p) {
        String c1 = upper(o.characterisation1());
        Double q = o.quantity();
        if (q == null) {
            return Severity.of(STRUCTURAL, 2, "BAJ-" + c1 + " displaced joint, size not given: class 2");
        }
        if (!"C".equals(c1) && p.diameterMm() != null && p.diameterMm() > 0) {
            double percent = Math.round(1000.0 * q / p.diameterMm()) / 10.0;
            int grade = percent < 2 ? 1 : percent < 5 ? 2 : percent < 10 ? 3 : 4;
            return Severity.of(STRUCTURAL, grade, "BAJ-" + c1 + " displaced joint " + fmt(q) + " mm = " + fmt(percent)
                    + " % of DN " + p.diameterMm() + ": class " + grade + " (limits 2/5/10 % of the diameter)");
        }
        double[] limits = switch (c1) {
            case "A" -> new double[] {20, 50, 100};
            case "C" -> new double[] {3, 7, 15};
            default -> new double[] {10, 25, 50};
        };
        String unit = "C".equals(c1) ? " degrees" : " mm";
        String why = "C".equals(c1) ? "" : " (diameter not known: absolute limits)";
        int grade = q < limits[0] ? 1 : q < limits[1] ? 2 : q < limits[2] ? 3 : 4;
        return Severity.of(STRUCTURAL, grade, "BAJ-" + c1 + " displaced joint " + fmt(q) + unit + why + ": class " + grade
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

    private static Severity infiltration(Observation o, PipeContext p) {
        return switch (upper(o.characterisation1())) {
            case "B" -> Severity.of(OPERATIONAL, 3, "BBF-B infiltration, dripping: class 3");
            case "C" -> Severity.of(OPERATIONAL, 4, "BBF-C infiltration, running: class 4");
            case "D" -> Severity.urgent(OPERATIONAL, 4, GUSHING_DAYS, "BBF-D infiltration, gushing: class 4, within "
                    + GUSHING_DAYS + " days");
            default -> Severity.of(OPERATIONAL, 2, "BBF-" + upper(o.characterisation1()) + " infiltration, seeping: class 2");
        };
    }

    private static Severity waterLevel(Observation o, PipeContext p) {
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
