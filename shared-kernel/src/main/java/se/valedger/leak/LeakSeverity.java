package se.valedger.leak;

/** How urgent a leak is; with the pipe's size it sets the repair due time ({@link RepairDeadlines}). */
public enum LeakSeverity {
    LOW,
    MEDIUM,
    HIGH,
    CRITICAL
}
