package se.valedger.zone;

/** A supply zone or district metered area (tryckzon, mätområde), or a sewer catchment (avrinningsområde). */
public enum ZoneKind {
    SUPPLY,
    SEWER_CATCHMENT
}
