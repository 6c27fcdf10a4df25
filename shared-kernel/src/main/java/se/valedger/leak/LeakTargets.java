package se.valedger.leak;

import java.time.Duration;
import java.util.Objects;

/**
 * Rule {@value #RULE}: a leak's repair is due its priority class's target time after the report (issue 20).
 * ACUTE and PLANNED each have one target ({@code valedger.leaks.priority.acute} / {@code .planned}); the defaults
 * {@link #DEFAULT_ACUTE} (24 h) and {@link #DEFAULT_PLANNED} (14 days) are ASSUMED, to be set by the utility's network
 * manager. CARE-W's 8/16/24 h by pipe size are mean times to repair (model inputs of CARE-W), not targets: they stay
 * as statistics only ({@link FindRepairTimes}).
 *
 * <p>A leak reported before the classes keeps the due time it was given (CARE-W base x severity factor); its
 * {@code dueBasis} says so.
 */
public record LeakTargets(Duration acute, Duration planned) {

    public static final String RULE = "PriorityClassesSetTheTarget";
    public static final Duration DEFAULT_ACUTE = Duration.ofHours(24);
    public static final Duration DEFAULT_PLANNED = Duration.ofDays(14);
    /** The due basis of a leak reported before priority classes (LeakReported revision 1). */
    public static final String FORMER_BASIS = "CARE-W base time by pipe size x severity factor (reported before "
            + "priority classes; the due time is kept as it was set)";

    public LeakTargets {
        Objects.requireNonNull(acute, "acute");
        Objects.requireNonNull(planned, "planned");
        if (acute.isNegative() || acute.isZero() || planned.isNegative() || planned.isZero()) {
            throw new IllegalArgumentException("leak target times must be positive");
        }
        if (planned.compareTo(acute) < 0) {
            throw new IllegalArgumentException("a planned repair's target (" + planned
                    + ") cannot be shorter than an acute one's (" + acute + ")");
        }
    }

    public static LeakTargets defaults() {
        return new LeakTargets(DEFAULT_ACUTE, DEFAULT_PLANNED);
    }

    public Duration dueAfter(LeakPriority priority) {
        return priority == LeakPriority.ACUTE ? acute : planned;
    }

    /** Whether the target of this class is still the ASSUMED default. */
    public boolean assumed(LeakPriority priority) {
        return priority == LeakPriority.ACUTE ? acute.equals(DEFAULT_ACUTE) : planned.equals(DEFAULT_PLANNED);
    }

    /** In words, for the event and the answers: the class, its target, where the class came from, ASSUMED if so. */
    public String basis(LeakPriority priority, boolean fromSeverity, LeakSeverity severity) {
        String setting = "valedger.leaks.priority." + (priority == LeakPriority.ACUTE ? "acute" : "planned");
        return priority + " target " + hours(dueAfter(priority))
                + (assumed(priority) ? " (ASSUMED, set " + setting + ")" : " (" + setting + ")")
                + (fromSeverity ? "; class taken from severity " + severity + " (ASSUMED: no priority given)" : "");
    }

    private static String hours(Duration d) {
        long minutes = d.toMinutes();
        return minutes % 60 == 0 ? (minutes / 60) + " h" : minutes + " min";
    }
}
