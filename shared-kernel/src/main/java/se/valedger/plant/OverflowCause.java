package se.valedger.plant;

/** Why an overflow happened; planned maintenance is a cause of its own (it is reported apart). */
public enum OverflowCause {
    RAIN, SNOWMELT, PLANNED_MAINTENANCE, POWER_FAILURE, BLOCKAGE, CAPACITY, OTHER
}
