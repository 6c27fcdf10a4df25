package se.valedger.leak;

/**
 * CARE-W's mean times to repair by pipe size, as statistics (issue 20): 8 h for DN below {@code smallBelowMm}
 * (300 mm), 16 h up to and including {@code largeAboveMm} (400 mm), 24 h above; unknown size counts as small.
 *
 * <p>Source: the CARE-W project's repair-time figures (model inputs of its failure models, mean times, not response
 * targets). Since issue 20 they set no due dates: {@link FindRepairTimes} compares our repairs with them, and the
 * priority classes set the due time ({@link LeakTargets}). The former severity factors went with the due dates.
 * Configurable ({@code valedger.leaks.small-below-mm}, {@code .large-above-mm}, {@code .*-hours}).
 */
public record RepairDeadlines(int smallBelowMm, int largeAboveMm, double smallHours, double mediumHours,
                              double largeHours) {

    public RepairDeadlines {
        if (smallBelowMm > largeAboveMm || smallHours <= 0 || mediumHours <= 0 || largeHours <= 0) {
            throw new IllegalArgumentException("repair times need positive hours and small <= large limits");
        }
    }

    public static RepairDeadlines careWDefaults() {
        return new RepairDeadlines(300, 400, 8, 16, 24);
    }

    public double baseHours(Integer diameterMm) {
        if (diameterMm == null || diameterMm < smallBelowMm) {
            return smallHours;
        }
        return diameterMm <= largeAboveMm ? mediumHours : largeHours;
    }
}
