package se.valedger.plant;

import java.util.ArrayList;
import java.util.List;

/**
 * The levels a plant's utilisation is watched at: its thresholds (e.g. 80 and 90 %) and the
 * permit (100 %). A level is passed when utilisation is strictly above it. Each level fires once
 * per crossing: it fires again only after a measurement at or below it has re-armed it.
 */
final class CapacityLevels {

    static final int PERMIT = 100;

    private CapacityLevels() {
    }

    static List<Integer> withPermit(List<Integer> thresholds) {
        List<Integer> levels = new ArrayList<>(thresholds);
        levels.add(PERMIT);
        return levels;
    }

    /** The highest level strictly below the utilisation, or 0 when it is below all of them. */
    static int highestPassed(List<Integer> levels, double utilisationPercent) {
        int passed = 0;
        for (int level : levels) {
            if (utilisationPercent > level) {
                passed = Math.max(passed, level);
            }
        }
        return passed;
    }

    /** The next level below {@code level}, or 0. */
    static int below(List<Integer> levels, int level) {
        int below = 0;
        for (int l : levels) {
            if (l < level) {
                below = Math.max(below, l);
            }
        }
        return below;
    }
}
