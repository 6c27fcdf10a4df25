package se.valedger.zone;

/** What recording a meter day did. */
public enum DayOutcome {
    CREATED, CORRECTED, UNCHANGED
}
