package se.valedger.pipe;

/** What one imported row did to the register. */
public enum ImportOutcome {
    CREATED,
    CORRECTED,
    UNCHANGED
}
