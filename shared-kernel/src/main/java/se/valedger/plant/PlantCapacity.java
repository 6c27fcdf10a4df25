package se.valedger.plant;

import java.time.LocalDate;
import java.util.List;

/** A plant's load against its permit over time: the answer of {@link FindPlantCapacity}. */
public record PlantCapacity(
        String plantId,
        String name,
        Permit currentPermit,
        List<Permit> permits,
        List<Integer> thresholdsPercent,
        String means,
        List<Day> days,
        List<Year> years,
        List<BypassTotal> bypasses,
        ExtraneousWater extraneousWater,
        Forecast forecast,
        List<Crossing> crossings) {

    /** One measured day; utilisation is against the permit valid that day. Means are null where too few days were measured. */
    public record Day(
            LocalDate date,
            Double inflowM3,
            Double bod7Kg,
            Double loadPe,
            int permitPe,
            double designFlowM3PerDay,
            Double loadUtilisationPercent,
            Double flowUtilisationPercent,
            Double inflow7DayMeanM3,
            Double load7DayMeanPe,
            Double inflow12MonthMeanM3,
            Double load12MonthMeanPe,
            int corrections) {
    }

    public record Year(
            int year,
            int measuredDays,
            Double meanInflowM3,
            Double meanLoadPe,
            double totalInflowM3,
            List<DaysOver> daysOver) {
    }

    /** Days whose utilisation was strictly above a level (100 = the permit). */
    public record DaysOver(int levelPercent, int loadDays, int flowDays) {
    }

    public record BypassTotal(int year, BypassCause cause, int count, double volumeM3) {
    }

    public record ExtraneousWater(String method, List<ExtraneousWaterYear> years) {
    }

    public record ExtraneousWaterYear(
            int year,
            int measuredDays,
            Double dryWeatherFlowM3PerDay,
            double totalInflowM3,
            Double extraneousM3,
            Double extraneousShare) {
    }

    public record Forecast(String method, Trend load, Trend flow) {
    }

    /**
     * A linear trend of one dimension's 12-month mean. {@code status}: INSUFFICIENT_DATA, ALREADY_EXCEEDED,
     * NOT_ON_CURRENT_TREND (flat or falling), REACHED (in {@code yearPermitReached}), BEYOND_100_YEARS.
     */
    public record Trend(
            CapacityDimension dimension,
            String status,
            double permitted,
            Double latestTwelveMonthMean,
            Double slopePerYear,
            LocalDate basisFrom,
            LocalDate basisTo,
            int points,
            Integer yearPermitReached) {
    }

    /**
     * A derived daily event: direction CROSSED or CLEARED. {@code meaning} says what it is today: a flow warning
     * against Qdim, or (load, and every 100 % row) a daily comparison by the rule before issue 16, never a breach.
     */
    public record Crossing(LocalDate date, CapacityDimension dimension, int levelPercent, String direction,
                           double utilisationPercent, String meaning) {
    }
}
