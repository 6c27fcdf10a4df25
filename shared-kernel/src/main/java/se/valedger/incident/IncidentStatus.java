package se.valedger.incident;

/** Where an incident stands in the register, the latest of its steps ({@link IncidentView#status()}). */
public enum IncidentStatus {
    DETECTED,
    ASSESSED_NOT_SIGNIFICANT,
    EARLY_WARNING_SENT,
    NOTIFIED,
    PROGRESS_REPORTED,
    FINAL_REPORT_SENT,
    CLOSED_NOT_SIGNIFICANT,
    CLOSED
}
