package se.valedger.leak;

import java.util.Map;
import java.util.Set;
import se.valedger.kernel.RuleViolated;

/**
 * A leak moves one step at a time: REPORTED -> CONFIRMED or DISMISSED; CONFIRMED -> REPAIR_SCHEDULED ->
 * REPAIRED -> CLOSED. Nothing is skipped and nothing goes back; a dismissed or closed leak is final.
 */
final class LeakLifeCycle {

    static final String RULE = "LeakLifeCycle";

    private static final Map<LeakStatus, Set<LeakStatus>> NEXT = Map.of(
            LeakStatus.REPORTED, Set.of(LeakStatus.CONFIRMED, LeakStatus.DISMISSED),
            LeakStatus.CONFIRMED, Set.of(LeakStatus.REPAIR_SCHEDULED),
            LeakStatus.REPAIR_SCHEDULED, Set.of(LeakStatus.REPAIRED),
            LeakStatus.REPAIRED, Set.of(LeakStatus.CLOSED),
            LeakStatus.DISMISSED, Set.of(),
            LeakStatus.CLOSED, Set.of());

    private LeakLifeCycle() {
    }

    static void check(String leakId, LeakStatus from, LeakStatus to) {
        if (!NEXT.get(from).contains(to)) {
            throw new RuleViolated(RULE, "leak " + leakId + " is " + from + " and cannot become " + to
                    + (NEXT.get(from).isEmpty() ? "; it is final" : "; next is " + NEXT.get(from)));
        }
    }
}
