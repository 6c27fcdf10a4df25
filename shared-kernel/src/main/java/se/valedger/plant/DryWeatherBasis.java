package se.valedger.plant;

/**
 * Which series told the dry days of a year apart ({@link DryWeatherRule}): the plant's precipitation when any day of
 * the year has it, else its daily inflow, else nothing (then the dry-weather load cannot be estimated).
 */
public enum DryWeatherBasis {
    PRECIPITATION, INFLOW_PERCENTILE, NONE
}
