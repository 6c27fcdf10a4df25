package se.valedger.plant;

/** One day's measured values as the aggregate remembers them (null = not measured). */
record DayValues(Double inflowM3, Double bod7Kg, Double totalPhosphorusKg, Double totalNitrogenKg,
                 Double precipitationMm) {

    static DayValues of(RecordPlantMeasurement c) {
        return new DayValues(c.inflowM3(), c.bod7Kg(), c.totalPhosphorusKg(), c.totalNitrogenKg(), c.precipitationMm());
    }

    /** These values with every value the other has measured taking precedence. */
    DayValues overriddenBy(DayValues other) {
        return new DayValues(
                other.inflowM3 != null ? other.inflowM3 : inflowM3,
                other.bod7Kg != null ? other.bod7Kg : bod7Kg,
                other.totalPhosphorusKg != null ? other.totalPhosphorusKg : totalPhosphorusKg,
                other.totalNitrogenKg != null ? other.totalNitrogenKg : totalNitrogenKg,
                other.precipitationMm != null ? other.precipitationMm : precipitationMm);
    }

    Double valueOf(CapacityDimension dimension) {
        return switch (dimension) {
            case LOAD -> PersonEquivalents.fromBod7Kg(bod7Kg);
            case FLOW -> inflowM3;
        };
    }
}
