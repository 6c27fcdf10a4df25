package se.valedger.inspection;

import java.util.List;
import java.util.Optional;

/**
 * The documented rule that decides a pipe's condition from one inspection, per aspect (structural apart from
 * operational). Name {@value #NAME}.
 *
 * <p>Source: in Sweden the certified inspector gives each observation its class 1-4 in the field under Svenskt
 * Vatten P122 "Rörinspektion av avloppsledningar i mark" (2021, replacing P93); P122 grades observations and has
 * no overall class of an inspection, and SS-EN 13508-2 has no grading at all. Of the ways to summarise an
 * inspection's observations (the worst class, or a weighted summary in the manner of the Norwegian
 * tiltaksklasse or the SVU 2011-01 kortbetyg study) VA Ledger uses <b>the worst class</b>: one observation of
 * class 4 is enough for a pipe to need action, and a summary must never dilute it.
 *
 * <ol>
 * <li>A hand-entered class for the aspect ({@code structuralClass} / {@code operationalClass}) is the inspector's
 *   summary and decides ({@link ConditionBasis#SUMMARY}); an inspection may be logged with it alone.</li>
 * <li>Else the worst class the inspector gave an observation of the aspect (BA* structural; BB* and BDD
 *   operational) decides ({@link ConditionBasis#OBSERVATION_CLASSES}).</li>
 * <li>Else, with coded observations, VA Ledger's rule table ({@link GradingRules}, "P122-like") estimates it
 *   ({@link ConditionBasis#RULE_TABLE}, source {@link ConditionSource#DERIVED}); no graded defect of the aspect
 *   means {@link ConditionBasis#NO_DEFECT_OBSERVED}, which is not class 1.</li>
 * <li>An inspection with one hand-given {@code grade} (the form before issue 17) gives that class to both
 *   aspects ({@link ConditionBasis#GRADE}, source inspector).</li>
 * </ol>
 * The estimate is kept beside the inspector's class in {@link PipeCondition}, so that a disagreement shows.
 */
public final class InspectorClassesDecide {

    public static final String NAME = "InspectorClassesDecide-2026.1 (worst class per aspect, P122)";

    private InspectorClassesDecide() {
    }

    /**
     * @param observations      coded observations, each maybe with the inspector's class
     * @param grading           the rule table's grading of the observations, null when there are none
     * @param structuralSummary the inspector's hand-entered structural class, or null
     * @param operationalSummary the inspector's hand-entered operational class, or null
     * @param grade             a hand-given overall grade (old form), or null
     */
    public static PipeCondition decide(List<Observation> observations, InspectionGrading grading,
                                       Integer structuralSummary, Integer operationalSummary, Integer grade) {
        Integer derivedStructural = grading == null || grading.structuralDecidedBy() == null ? null
                : grading.structuralGrade();
        Integer derivedOperational = grading == null || grading.operationalDecidedBy() == null ? null
                : grading.operationalGrade();
        Part structural = part(Aspect.STRUCTURAL, observations, grading, structuralSummary, grade, derivedStructural);
        Part operational = part(Aspect.OPERATIONAL, observations, grading, operationalSummary, grade, derivedOperational);
        return new PipeCondition(structural.value, operational.value, structural.source, operational.source,
                structural.basis, operational.basis, derivedStructural, derivedOperational,
                grading == null ? null : grading.ruleTableVersion(), NAME);
    }

    /** The worst class the inspector gave an observation of the aspect. */
    public static Optional<Integer> worstObservedClass(List<Observation> observations, Aspect aspect) {
        return observations.stream()
                .filter(o -> o.inspectorClass() != null && GradingRules.aspectOf(o.code()).orElse(null) == aspect)
                .map(Observation::inspectorClass).max(Integer::compare);
    }

    private record Part(Integer value, ConditionSource source, ConditionBasis basis) {
    }

    private static Part part(Aspect aspect, List<Observation> observations, InspectionGrading grading, Integer summary,
                             Integer grade, Integer derived) {
        if (summary != null) {
            return new Part(summary, ConditionSource.INSPECTOR, ConditionBasis.SUMMARY);
        }
        Optional<Integer> observed = worstObservedClass(observations, aspect);
        if (observed.isPresent()) {
            return new Part(observed.get(), ConditionSource.INSPECTOR, ConditionBasis.OBSERVATION_CLASSES);
        }
        if (grading == null && grade != null) {
            return new Part(grade, ConditionSource.INSPECTOR, ConditionBasis.GRADE);
        }
        if (derived != null) {
            return new Part(derived, ConditionSource.DERIVED, ConditionBasis.RULE_TABLE);
        }
        return new Part(null, grading == null ? ConditionSource.INSPECTOR : ConditionSource.DERIVED,
                ConditionBasis.NO_DEFECT_OBSERVED);
    }
}
