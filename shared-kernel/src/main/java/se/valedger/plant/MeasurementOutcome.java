package se.valedger.plant;

/** What recording a day's measurement did: a new day, a correction of a recorded day, or nothing (identical re-send). */
public enum MeasurementOutcome {
    CREATED,
    CORRECTED,
    UNCHANGED
}
