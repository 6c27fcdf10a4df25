package se.valedger.workorder;

/** A work order's life cycle: ordered, then done (with its date and crew). */
public enum WorkOrderStatus {
    ORDERED,
    DONE
}
