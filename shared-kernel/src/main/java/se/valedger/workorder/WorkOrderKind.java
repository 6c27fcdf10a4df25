package se.valedger.workorder;

/** What a work order asks a crew to do. */
public enum WorkOrderKind {
    /** Flushing (spolning) or root cutting (rotskärning) after an operational finding. */
    CLEANING,
    /** Ingress of soil (BBD) points to a structural defect and a void: look at the pipe's structure. */
    STRUCTURAL_FOLLOW_UP
}
