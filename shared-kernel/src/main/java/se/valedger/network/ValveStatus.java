package se.valedger.network;

/**
 * A valve's known state. Only {@code OPEN} valves can be closed to isolate a segment; a {@code CLOSED} valve already
 * bounds one; {@code BROKEN} and {@code UNKNOWN} valves are not relied upon: the isolation passes them and says so.
 */
public enum ValveStatus {
    OPEN, CLOSED, BROKEN, UNKNOWN
}
