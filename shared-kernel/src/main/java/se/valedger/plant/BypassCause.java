package se.valedger.plant;

/** Why untreated or partly treated wastewater was bypassed (bräddning). */
public enum BypassCause {
    RAIN,
    SNOWMELT,
    POWER_FAILURE,
    BLOCKAGE,
    CAPACITY
}
