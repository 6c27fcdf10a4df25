package se.valedger.leak;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import se.valedger.kernel.RuleViolated;

/**
 * The work steps of a leak (issue 20) follow the crew's order without moving the leak's status: isolation and a
 * temporary repair happen once the leak is confirmed and before it is repaired; hygiene measures from confirmation
 * until closing (samples' results come later); surface restoration after the repair, once; the on-call crew's
 * confirm-and-repair only on a leak just reported. A leak is isolated once.
 */
final class LeakStepsFollowTheWork {

    static final String RULE = "LeakStepsFollowTheWork";

    static final Map<String, Set<LeakStatus>> ALLOWED = Map.of(
            "isolate", EnumSet.of(LeakStatus.CONFIRMED, LeakStatus.REPAIR_SCHEDULED),
            "temporary-repair", EnumSet.of(LeakStatus.CONFIRMED, LeakStatus.REPAIR_SCHEDULED),
            "hygiene", EnumSet.of(LeakStatus.CONFIRMED, LeakStatus.REPAIR_SCHEDULED, LeakStatus.REPAIRED),
            "restore-surface", EnumSet.of(LeakStatus.REPAIRED),
            "confirm-and-repair", EnumSet.of(LeakStatus.REPORTED));

    private LeakStepsFollowTheWork() {
    }

    static void check(String leakId, LeakStatus status, String step) {
        if (!ALLOWED.get(step).contains(status)) {
            throw new RuleViolated(RULE, "leak " + leakId + " is " + status + ": " + step + " is recorded when it is "
                    + ALLOWED.get(step));
        }
    }

    static void once(String leakId, boolean done, String step) {
        if (done) {
            throw new RuleViolated(RULE, "leak " + leakId + ": " + step + " is already recorded");
        }
    }
}
