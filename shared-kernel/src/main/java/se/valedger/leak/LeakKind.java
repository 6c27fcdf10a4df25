package se.valedger.leak;

/** What kind of water is going where it should not. */
public enum LeakKind {
    /** A main broke open: large flow, often visible at the surface. */
    BURST,
    /** Water escaping from a pressurised pipe without a break. */
    LEAK,
    /** Groundwater entering a sewer. */
    INFILTRATION,
    /** Sewage leaving a sewer into the ground. */
    EXFILTRATION
}
