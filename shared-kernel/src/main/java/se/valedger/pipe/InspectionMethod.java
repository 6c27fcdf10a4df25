package se.valedger.pipe;

/** How a pipe was looked at. */
public enum InspectionMethod {
    CCTV,
    VISUAL,
    ACOUSTIC,
    PRESSURE_TEST
}
