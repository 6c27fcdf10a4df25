package se.valedger.leak;

/** How a leak was repaired. */
public enum RepairMethod {
    CLAMP,
    SLEEVE,
    JOINT_RESEALED,
    SECTION_REPLACED,
    VALVE_OR_FITTING_REPLACED,
    LINING,
    OTHER
}
