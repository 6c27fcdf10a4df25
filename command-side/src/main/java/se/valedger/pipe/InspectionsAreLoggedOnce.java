package se.valedger.pipe;

import java.util.Set;
import se.valedger.kernel.RuleViolated;

/** An inspection id names one inspection: logging it again (a re-import, a retried form) is refused. */
public final class InspectionsAreLoggedOnce {

    public static final String RULE = "InspectionsAreLoggedOnce";

    private InspectionsAreLoggedOnce() {
    }

    static void check(String inspectionId, Set<String> logged) {
        if (logged.contains(inspectionId)) {
            throw new RuleViolated(RULE, "inspection " + inspectionId + " is already logged on this pipe");
        }
    }
}
