package se.valedger.plant;

import java.util.List;

/**
 * Overflows of a calendar year (utility's calendar, by start): per point what the environmental report asks (count,
 * hours, volume measured and estimated, estimated loads), and for the whole system only the overflowed BOD7 as a
 * share of the annual collected load against the recast UWWTD's indicative 2 % objective (Directive (EU) 2024/3019
 * Annex V; never per point).
 */
public record PlantOverflows(String plantId, int year, List<Point> points, SystemShare system) {

    public record Point(String pointId, String name, OverflowPointType type, double east, double north,
                        String recipient, int count, double hours, double volumeMeasuredM3, double volumeEstimatedM3,
                        double bod7Kg, double totalPhosphorusKg, double totalNitrogenKg, int plannedMaintenance) {
    }

    /**
     * {@code status}: WITHIN_OBJECTIVE, ABOVE_OBJECTIVE or INSUFFICIENT_DATA (no dry days, or no BOD7 sample on a dry
     * day that year). {@code collectedBod7Kg} is the annual collected load in dry weather (Annex V): the mean daily
     * BOD7 of the 24-hour samples taken on dry days x the days of the year; which days are dry says
     * {@code dryWeatherBasis} and {@code dryWeatherRule} ({@link DryWeatherRule}, ASSUMED while
     * {@code dryWeatherAssumed}). {@code allWeatherCollectedBod7Kg} (the mean of every sample x the days, plus the
     * overflowed load; the estimate before) is informative only. {@code method} says how it was computed.
     */
    public record SystemShare(double overflowedBod7Kg, Double collectedBod7Kg, Double sharePercent,
                              double objectivePercent, String status, String method, DryWeatherBasis dryWeatherBasis,
                              String dryWeatherRule, boolean dryWeatherAssumed, int dryDays, int dryWeatherSamples,
                              Double allWeatherCollectedBod7Kg) {
    }
}
