package se.valedger.plant;

import java.time.Instant;

/** One day's measured values as the aggregate remembers them (null = not measured), with its peak hour if known. */
record DayValues(Double inflowM3, Double bod7Kg, Double totalPhosphorusKg, Double totalNitrogenKg,
                 Double precipitationMm, Double peakHourM3, Instant peakHourStart, Integer hours) {

    DayValues(Double inflowM3, Double bod7Kg, Double totalPhosphorusKg, Double totalNitrogenKg, Double precipitationMm) {
        this(inflowM3, bod7Kg, totalPhosphorusKg, totalNitrogenKg, precipitationMm, null, null, null);
    }

    static DayValues of(RecordPlantMeasurement c) {
        return new DayValues(c.inflowM3(), c.bod7Kg(), c.totalPhosphorusKg(), c.totalNitrogenKg(), c.precipitationMm(),
                c.peakHourM3(), c.peakHourStart(), c.hours());
    }

    /** These values with every value the other has measured taking precedence. */
    DayValues overriddenBy(DayValues other) {
        boolean peak = other.peakHourM3 != null;
        return new DayValues(
                other.inflowM3 != null ? other.inflowM3 : inflowM3,
                other.bod7Kg != null ? other.bod7Kg : bod7Kg,
                other.totalPhosphorusKg != null ? other.totalPhosphorusKg : totalPhosphorusKg,
                other.totalNitrogenKg != null ? other.totalNitrogenKg : totalNitrogenKg,
                other.precipitationMm != null ? other.precipitationMm : precipitationMm,
                peak ? other.peakHourM3 : peakHourM3,
                peak ? other.peakHourStart : peakHourStart,
                peak ? other.hours : hours);
    }

    Double valueOf(CapacityDimension dimension) {
        return switch (dimension) {
            case LOAD -> PersonEquivalents.fromBod7Kg(bod7Kg);
            case FLOW -> inflowM3;
        };
    }
}
