package se.valedger.plant;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;

/**
 * How full a treatment plant is against its permit, the one definition the aggregate (which fires the threshold
 * events) and the capacity read model (which counts the days over each level) both use.
 *
 * <ul>
 * <li>Permit on a date: the permit (tillstånd under miljöbalken 9 kap.) valid from the latest date on or before it;
 *     a day before the first permit is measured against the first (ASSUMED: nothing else to measure it against).</li>
 * <li>Utilisation in %: measured / permitted * 100, load in pe against the permitted pe (BOD7, 70 g per pe and
 *     day, see {@link PersonEquivalents}), inflow against the design flow (Qdim).</li>
 * <li>Levels: the plant's thresholds (80 and 90 % unless the plant names its own: ASSUMED planning margins, see
 *     {@code PlausiblePlantFigures.thresholds}) and the permit itself, {@value #PERMIT} %. A level is passed when utilisation is strictly above it.</li>
 * </ul>
 */
public final class PermitUtilisation {

    public static final int PERMIT = 100;

    private PermitUtilisation() {
    }

    /** The permit valid on {@code date}, from the permits by the day they are valid from. */
    public static Permit permitOn(NavigableMap<LocalDate, Permit> permitsByValidFrom, LocalDate date) {
        Map.Entry<LocalDate, Permit> valid = permitsByValidFrom.floorEntry(date);
        return valid != null ? valid.getValue() : permitsByValidFrom.firstEntry().getValue();
    }

    /** What the permit allows in the dimension: pe for {@link CapacityDimension#LOAD}, m3/d for FLOW. */
    public static double permitted(Permit permit, CapacityDimension dimension) {
        return switch (dimension) {
            case LOAD -> permit.personEquivalents();
            case FLOW -> permit.designFlowM3PerDay();
        };
    }

    /** Utilisation in % of {@code permitted}; null when the value was not measured. */
    public static Double utilisation(Double measured, double permitted) {
        return measured == null ? null : measured / permitted * 100.0;
    }

    /** The levels watched: the thresholds, then the permit. */
    public static List<Integer> levels(List<Integer> thresholds) {
        List<Integer> levels = new ArrayList<>(thresholds);
        levels.add(PERMIT);
        return levels;
    }

    /** Whether a (possibly unmeasured) utilisation is over {@code level}. */
    public static boolean over(Double utilisationPercent, int level) {
        return utilisationPercent != null && utilisationPercent > level;
    }

    /** The highest level strictly below the utilisation, or 0 when it is below all of them. */
    public static int highestPassed(List<Integer> levels, double utilisationPercent) {
        int passed = 0;
        for (int level : levels) {
            if (over(utilisationPercent, level)) {
                passed = Math.max(passed, level);
            }
        }
        return passed;
    }

    /** The next level below {@code level}, or 0. */
    public static int below(List<Integer> levels, int level) {
        int below = 0;
        for (int l : levels) {
            if (l < level) {
                below = Math.max(below, l);
            }
        }
        return below;
    }
}
