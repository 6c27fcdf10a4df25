package se.valedger.leak;

/** A drinking-water sample after a repair: awaiting the lab, fit to drink, or not. */
public enum SampleResult {
    PENDING, APPROVED, NOT_APPROVED
}
