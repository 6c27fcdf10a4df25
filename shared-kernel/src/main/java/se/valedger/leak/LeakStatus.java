package se.valedger.leak;

/** A leak report's life cycle: REPORTED -> CONFIRMED | DISMISSED; CONFIRMED -> REPAIR_SCHEDULED -> REPAIRED -> CLOSED. */
public enum LeakStatus {
    REPORTED,
    CONFIRMED,
    DISMISSED,
    REPAIR_SCHEDULED,
    REPAIRED,
    CLOSED;

    /** Work is still to be done: the due time applies. */
    public boolean isOpen() {
        return this == REPORTED || this == CONFIRMED || this == REPAIR_SCHEDULED;
    }
}
