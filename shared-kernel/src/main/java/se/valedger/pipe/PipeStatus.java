package se.valedger.pipe;

/** Whether a pipe still carries water. A decommissioned pipe stays in the ledger, never deleted. */
public enum PipeStatus {
    IN_SERVICE,
    DECOMMISSIONED
}
