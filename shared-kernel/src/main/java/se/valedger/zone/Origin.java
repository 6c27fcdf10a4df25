package se.valedger.zone;

/** Where a figure of a balance or an analysis comes from, shown beside it. */
public enum Origin {
    /** From the zone's meter series. */
    MEASURED,
    /** From the meter series, scaled up from the days that were measured completely to the whole period. */
    MEASURED_SCALED,
    /** From the billing system's totals. */
    BILLED,
    /** An estimate entered with its source (fire fighting, flushing, own use). */
    ESTIMATED,
    /** A default of this installation, not the utility's own figure. */
    ASSUMED,
    /** Computed from the figures above. */
    CALCULATED,
    /** From the pipe register. */
    REGISTER,
    /** From the zone's registration. */
    REGISTERED
}
