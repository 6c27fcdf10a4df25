package se.valedger.inspection;

/** What an aspect's condition class was read from, so that an inspection logged without observations says so. */
public enum ConditionBasis {
    /** The worst class the inspector gave an observation of the aspect. */
    OBSERVATION_CLASSES,
    /** The inspector's hand-entered class for the aspect ({@code structuralClass} / {@code operationalClass}). */
    SUMMARY,
    /** One hand-given {@code grade} for both aspects (inspections logged before issue 17, or still sent so). */
    GRADE,
    /** VA Ledger's rule table, because the inspector gave no class for the aspect. */
    RULE_TABLE,
    /** Nothing to grade: no defect of the aspect was observed. */
    NO_DEFECT_OBSERVED
}
