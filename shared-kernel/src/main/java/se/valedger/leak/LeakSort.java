package se.valedger.leak;

/** The columns a list of leak reports can be sorted by (issue 21); each sorts with the leak id as tie-break. */
public enum LeakSort {
    REPORTED,
    NUMBER,
    PIPE,
    DISTRICT,
    KIND,
    STATUS,
    DUE
}
