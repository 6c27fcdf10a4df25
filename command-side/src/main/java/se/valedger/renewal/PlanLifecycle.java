package se.valedger.renewal;

import java.util.Arrays;
import java.util.stream.Collectors;
import se.valedger.kernel.RuleViolated;

/** drafted -> submitted -> approved | returned (-> submitted again) -> items executed -> completed. */
final class PlanLifecycle {

    private PlanLifecycle() {
    }

    static void require(PlanStatus actual, String action, PlanStatus... allowed) {
        if (Arrays.asList(allowed).contains(actual)) {
            return;
        }
        throw new RuleViolated("PlanLifecycle", "a plan is " + action + " only when it is "
                + Arrays.stream(allowed).map(s -> s.name().toLowerCase()).collect(Collectors.joining(" or "))
                + "; this one is " + actual.name().toLowerCase());
    }
}
