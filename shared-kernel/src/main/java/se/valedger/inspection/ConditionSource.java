package se.valedger.inspection;

/** Where a pipe's condition class comes from. */
public enum ConditionSource {
    /** The certified inspector's class (Svenskt Vatten P122), per observation or as a hand-entered summary. */
    INSPECTOR,
    /** VA Ledger's estimate from the coded observations by the rule table {@link GradingRules} ("P122-like"). */
    DERIVED
}
