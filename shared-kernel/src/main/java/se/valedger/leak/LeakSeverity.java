package se.valedger.leak;

/** How bad a leak is, as reported; since issue 20 it sets no due time itself (the priority class does,
 * {@link LeakPriority}); a report without a class takes it from the severity ({@link LeakPriority#fromSeverity}). */
public enum LeakSeverity {
    LOW,
    MEDIUM,
    HIGH,
    CRITICAL
}
