package se.valedger.inspection;

/** Which condition an observation speaks to. */
public enum Aspect {
    /** The pipe's fabric (EN 13508-2 BA*). */
    STRUCTURAL,
    /** Its ability to carry flow (EN 13508-2 BB*, and BDD water level). */
    OPERATIONAL
}
