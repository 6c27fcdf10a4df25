package se.valedger.zone;

/** The authorised-consumption components of the IWA standard water balance (Lambert et al., AWWA M36). */
public enum VolumeKind {
    BILLED_METERED,
    BILLED_UNMETERED,
    UNBILLED_METERED,
    UNBILLED_UNMETERED
}
