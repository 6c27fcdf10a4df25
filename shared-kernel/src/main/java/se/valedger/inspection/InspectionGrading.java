package se.valedger.inspection;

import java.util.List;

/**
 * The condition grades derived from an inspection's observations by one version of the rule table.
 *
 * @param ruleTableVersion         {@link GradingRules#VERSION} at the time of grading (the former name
 *                                 {@code VAL-P122-2025.1} reads as {@code VAL-DERIVED-2025.1})
 * @param structuralGrade          estimated class 1-4 (1 also when no structural defect was seen: then
 *                                 {@code structuralDecidedBy} is null, read as "no defect observed")
 * @param operationalGrade         P122 class 1-4
 * @param structuralDecidedBy      the worst structural observation (first one at equal grade), null if none
 * @param operationalDecidedBy     the worst operational observation, null if none
 * @param pacpStructuralGrade      PACP-style 1-5 grade of the worst structural defect, 0 when none
 * @param pacpOperationalGrade     PACP-style 1-5 grade of the worst operational defect, 0 when none
 * @param structuralRating         sum of PACP grades over structural defects (continuous defects count per
 *                                 started 1.5 m, PACP's 5 ft)
 * @param operationalRating        the same for operational defects
 * @param structuralRatingIndex    rating divided by the number of counted defects (0 when none)
 * @param operationalRatingIndex   the same for operational defects
 * @param structuralQuickRating    PACP quick rating: highest grade, its count, next grade, its count ("4231")
 * @param operationalQuickRating   the same for operational defects
 * @param unknownCodes             main codes the rule table does not know (kept in the observations, not graded)
 * @param dueWithinDays            the shortest due time of an urgent observation (collapse, pieces missing, soil or
 *                                 void, gushing infiltration, a wide break), in days from the inspection; null if none
 *                                 (and in gradings stored before issue 17)
 * @param dueDecidedBy             the observation that set it, null if none
 */
public record InspectionGrading(
        String ruleTableVersion,
        int structuralGrade,
        int operationalGrade,
        DecidingObservation structuralDecidedBy,
        DecidingObservation operationalDecidedBy,
        int pacpStructuralGrade,
        int pacpOperationalGrade,
        int structuralRating,
        int operationalRating,
        double structuralRatingIndex,
        double operationalRatingIndex,
        String structuralQuickRating,
        String operationalQuickRating,
        List<String> unknownCodes,
        Integer dueWithinDays,
        DecidingObservation dueDecidedBy) {

    /** A grading without due days (as stored before issue 17). */
    public InspectionGrading(String ruleTableVersion, int structuralGrade, int operationalGrade,
                             DecidingObservation structuralDecidedBy, DecidingObservation operationalDecidedBy,
                             int pacpStructuralGrade, int pacpOperationalGrade, int structuralRating,
                             int operationalRating, double structuralRatingIndex, double operationalRatingIndex,
                             String structuralQuickRating, String operationalQuickRating, List<String> unknownCodes) {
        this(ruleTableVersion, structuralGrade, operationalGrade, structuralDecidedBy, operationalDecidedBy,
                pacpStructuralGrade, pacpOperationalGrade, structuralRating, operationalRating, structuralRatingIndex,
                operationalRatingIndex, structuralQuickRating, operationalQuickRating, unknownCodes, null, null);
    }

    public InspectionGrading {
        ruleTableVersion = GradingRules.renamed(ruleTableVersion);
        unknownCodes = unknownCodes == null ? List.of() : List.copyOf(unknownCodes);
    }

    /** The overall P122 grade: the worse of structural and operational. */
    public int overallGrade() {
        return Math.max(structuralGrade, operationalGrade);
    }
}
