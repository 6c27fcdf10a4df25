package se.valedger.inspection;

/**
 * A pipe's condition after one inspection, structural and operational apart. Decided by
 * {@link InspectorClassesDecide}: the inspector's classes when they were given, else VA Ledger's estimate.
 *
 * <p>"No defect observed" is its own state, never class 1 (in P122 class 1 is a minor defect): the class is
 * null and {@code structuralDefectObserved} / {@code operationalDefectObserved} is false.
 *
 * @param structuralClass          the pipe's structural class 1-4, null when no structural defect was observed
 * @param operationalClass         its operational class 1-4, null when no operational defect was observed
 * @param source                   whether the structural class (the one renewal ranks on) is the inspector's or derived
 * @param operationalSource        the same for the operational class
 * @param structuralBasis          what the structural class was read from
 * @param operationalBasis         what the operational class was read from
 * @param derivedStructuralClass   VA Ledger's estimate from the coded observations, null without coded defects
 * @param derivedOperationalClass  the same for operational observations
 * @param ruleTableVersion         the version of the rule table that made the estimate, null when none was made
 * @param rule                     the name of the rule that decided, {@value InspectorClassesDecide#NAME}
 */
public record PipeCondition(
        Integer structuralClass,
        Integer operationalClass,
        ConditionSource source,
        ConditionSource operationalSource,
        ConditionBasis structuralBasis,
        ConditionBasis operationalBasis,
        Integer derivedStructuralClass,
        Integer derivedOperationalClass,
        String ruleTableVersion,
        String rule) {

    public boolean structuralDefectObserved() {
        return structuralClass != null;
    }

    public boolean operationalDefectObserved() {
        return operationalClass != null;
    }

    /** Whether VA Ledger's estimate disagrees with the class the pipe has (shown beside it as "VA Ledger's estimate"). */
    public boolean estimateDiffers() {
        return ruleTableVersion != null && (!java.util.Objects.equals(structuralClass, derivedStructuralClass)
                || !java.util.Objects.equals(operationalClass, derivedOperationalClass));
    }

    /** The worse of the two classes, null when neither aspect showed a defect. */
    public Integer worstClass() {
        if (structuralClass == null) {
            return operationalClass;
        }
        return operationalClass == null ? structuralClass : Math.max(structuralClass, operationalClass);
    }
}
