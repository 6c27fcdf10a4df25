package se.valedger.pipe;

import java.util.List;
import java.util.Set;
import se.valedger.kernel.RuleViolated;

/**
 * An inspection id names one inspection: logging it again (a re-import, a retried form) is refused. So is logging
 * it under a new id when it was logged under one of its former ids (a file imported before the CCTV import's
 * identity gained direction, survey number and start node, issue 18).
 */
public final class InspectionsAreLoggedOnce {

    public static final String RULE = "InspectionsAreLoggedOnce";

    private InspectionsAreLoggedOnce() {
    }

    static void check(String inspectionId, List<String> formerIds, Set<String> logged) {
        if (logged.contains(inspectionId)) {
            throw new RuleViolated(RULE, "inspection " + inspectionId + " is already logged on this pipe");
        }
        for (String former : formerIds) {
            if (logged.contains(former)) {
                throw new RuleViolated(RULE, "inspection " + inspectionId + " is already logged on this pipe as " + former);
            }
        }
    }
}
