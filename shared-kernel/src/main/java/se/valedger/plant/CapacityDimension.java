package se.valedger.plant;

/** What a plant's utilisation is measured on: its organic load (pe from BOD7) or its hydraulic load (inflow). */
public enum CapacityDimension {
    /** Incoming BOD7 load in person equivalents against the permitted pe. */
    LOAD,
    /** Daily inflow in m3 against the design flow. */
    FLOW
}
