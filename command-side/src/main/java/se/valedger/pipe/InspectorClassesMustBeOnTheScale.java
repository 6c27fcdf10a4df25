package se.valedger.pipe;

import java.util.List;
import se.valedger.inspection.Aspect;
import se.valedger.inspection.GradingRules;
import se.valedger.inspection.InspectorClassesDecide;
import se.valedger.inspection.Observation;
import se.valedger.kernel.InvalidInput;

/**
 * The inspector's classes are Svenskt Vatten P122's 1-4, given to defect observations (BA* structural, BB* and BDD
 * operational; inventory codes have none), and a hand-entered summary class of an aspect cannot be milder than the
 * worst class the inspector gave an observation of that aspect in the same inspection (P122 grades observations; a
 * summary that hides one of them would mislead, see {@link InspectorClassesDecide}).
 */
final class InspectorClassesMustBeOnTheScale {

    private InspectorClassesMustBeOnTheScale() {
    }

    static void check(LogInspection command) {
        onScale("structuralClass", command.structuralClass());
        onScale("operationalClass", command.operationalClass());
        List<Observation> observations = command.observations();
        for (int i = 0; i < observations.size(); i++) {
            Observation o = observations.get(i);
            if (o == null || o.inspectorClass() == null) {
                continue;
            }
            String field = "observations[" + i + "].class";
            onScale(field, o.inspectorClass());
            if (o.code() != null && GradingRules.aspectOf(o.code()).isEmpty()) {
                throw new InvalidInput(field, "only defect observations (BA*, BB*, BDD) carry a class; "
                        + o.code() + " is not one");
            }
        }
        notMilder("structuralClass", command.structuralClass(), observations, Aspect.STRUCTURAL);
        notMilder("operationalClass", command.operationalClass(), observations, Aspect.OPERATIONAL);
    }

    private static void onScale(String field, Integer value) {
        if (value != null && (value < 1 || value > 4)) {
            throw new InvalidInput(field, "the inspector's class is 1 (minor defect) to 4 (worst) under P122, was " + value);
        }
    }

    private static void notMilder(String field, Integer summary, List<Observation> observations, Aspect aspect) {
        if (summary == null) {
            return;
        }
        InspectorClassesDecide.worstObservedClass(observations.stream().filter(o -> o != null && o.code() != null)
                .toList(), aspect).filter(worst -> worst > summary).ifPresent(worst -> {
                    throw new InvalidInput(field, field + " " + summary + " is milder than class " + worst
                            + " the inspector gave an observation of this inspection");
                });
    }
}
