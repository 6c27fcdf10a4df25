package se.valedger.risk;

import se.valedger.inspection.ConditionSource;
import se.valedger.pipe.NetworkKind;

/**
 * What the risk score looks at; what is unknown (null) scores the middle (3 points), except the condition: a pipe
 * never inspected is scored from its age and breaks and said to be "not inspected".
 *
 * @param inspected          the pipe has a (current) inspection
 * @param structuralClass    the structural class of that inspection's condition (inspector's first), null when no
 *                           structural defect was observed or when not inspected
 * @param conditionSource    whose class it is (inspector or VA Ledger's estimate), null when not inspected
 * @param inspectionAgeYears years from the inspection to the scoring date, null when not inspected
 * @param openLeak           the work item is an open leak: the failure has happened
 * @param ageYears           the pipe's age at the scoring date
 * @param serviceLifeYears   the expected service life of its material
 * @param breaks             failures of the pipe itself in the break window before the scoring date
 * @param breakWindowYears   that window
 * @param lengthM            the pipe's length
 * @param diameterMm         nominal diameter
 * @param networkKind        which network
 * @param consequenceClass   the utility's consequence class 1-5
 * @param consequenceFacts   the consequence's further named parts (households, critical customers, single feed, ...),
 *                           {@link ConsequenceFacts#UNKNOWN} when none is known
 */
public record RiskInputs(boolean inspected, Integer structuralClass, ConditionSource conditionSource,
                         Double inspectionAgeYears, boolean openLeak, Integer ageYears, Integer serviceLifeYears,
                         Integer breaks, Integer breakWindowYears, Double lengthM, Integer diameterMm,
                         NetworkKind networkKind, Integer consequenceClass, ConsequenceFacts consequenceFacts) {

    public RiskInputs {
        consequenceFacts = consequenceFacts == null ? ConsequenceFacts.UNKNOWN : consequenceFacts;
    }

    /** Inputs with no consequence part known beyond diameter, network and consequence class. */
    public RiskInputs(boolean inspected, Integer structuralClass, ConditionSource conditionSource,
                      Double inspectionAgeYears, boolean openLeak, Integer ageYears, Integer serviceLifeYears,
                      Integer breaks, Integer breakWindowYears, Double lengthM, Integer diameterMm,
                      NetworkKind networkKind, Integer consequenceClass) {
        this(inspected, structuralClass, conditionSource, inspectionAgeYears, openLeak, ageYears, serviceLifeYears,
                breaks, breakWindowYears, lengthM, diameterMm, networkKind, consequenceClass, ConsequenceFacts.UNKNOWN);
    }

    /** Nothing known of the pipe but what a work item without a registered pipe carries. */
    public static RiskInputs unknownPipe(boolean inspected, Integer structuralClass, boolean openLeak, Integer diameterMm) {
        return new RiskInputs(inspected, structuralClass, inspected ? ConditionSource.INSPECTOR : null,
                inspected ? 0.0 : null, openLeak, null, null, null, null, null, diameterMm, null, null);
    }
}
