package se.valedger.leak;

/**
 * A leak's priority class (issue 20); it, not the pipe's size, decides the repair's target time
 * ({@link LeakTargets}).
 *
 * <p>Source of the two classes: field practice of Swedish water utilities as the issue states it (acute repairs
 * the same day, planned ones within days or weeks; Svenskt Vatten's guidance on läcksökning describes leaks found
 * by leak detection as repaired by plan). The target times themselves are the utility's own
 * ({@code valedger.leaks.priority.*}, ASSUMED defaults).
 */
public enum LeakPriority {
    /** Water on the surface, supply lost or a risk of contamination: repaired at once. */
    ACUTE,
    /** Found by leak detection, no harm yet: repaired by plan within days or weeks. */
    PLANNED;

    /**
     * The class of a report that names none, from its severity: CRITICAL and HIGH are ACUTE, MEDIUM and LOW
     * PLANNED (ASSUMED mapping; the answer's {@code dueBasis} says the class was taken from the severity).
     */
    public static LeakPriority fromSeverity(LeakSeverity severity) {
        return severity == LeakSeverity.CRITICAL || severity == LeakSeverity.HIGH ? ACUTE : PLANNED;
    }
}
