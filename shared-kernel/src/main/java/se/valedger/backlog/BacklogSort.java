package se.valedger.backlog;

/** RISK: highest risk first (then earliest due); DUE: earliest due time first (then highest risk). */
public enum BacklogSort {
    RISK,
    DUE
}
