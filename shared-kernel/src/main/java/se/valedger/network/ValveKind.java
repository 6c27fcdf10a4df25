package se.valedger.network;

/** Isolation valves (avstängningsventiler) close a segment; control valves (pressure, flow) regulate. */
public enum ValveKind {
    ISOLATION, CONTROL
}
