package se.valedger.backlog;

/** A work item's state. OPEN and SCHEDULED are the active work the backlog shows by default. */
public enum BacklogStatus {
    OPEN,
    SCHEDULED,
    DONE,
    DISMISSED,
    /** A newer inspection of the same pipe replaced this one's finding. */
    SUPERSEDED
}
