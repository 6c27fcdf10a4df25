package se.valedger.plant;

import java.util.List;

/**
 * The answer of {@link FindWeeklyLoad}: every week of the year with samples, the maximum average weekly load
 * (unusual weeks and weeks below the minimum left out) against the permitted connection valid on that week's
 * Monday. {@code permitAssumed}: the permit is the ASSUMED default, not a decision entered by the plant.
 */
public record PlantWeeklyLoad(
        String plantId,
        int year,
        String method,
        String weekRule,
        int permittedPe,
        String permitReference,
        boolean permitAssumed,
        MaxWeek maxWeek,
        Double utilisationPercent,
        List<Week> weeks,
        List<Sample> samples,
        int samplesInYear,
        int samplesPerYear,
        boolean enoughSamples,
        int minSamplesPerWeek,
        Double bod5ToBod7Factor,
        Double codToBod7Factor,
        boolean samplingRulesAssumed,
        List<String> assumed,
        PermitBasis permitBasis,
        Double designFlowM3PerDay,
        Double designFlowM3PerHour,
        List<Event> events,
        int daysOverDesignFlow,
        int daysWithPeakHourOverDesignFlow,
        List<PeakHour> peakHours) {

    /**
     * A day of the week-year with its peak hour (the clock hour with the largest inflow, from an hourly or finer
     * series), compared with the hourly Qdim: a design matter, not a permit breach.
     */
    public record PeakHour(java.time.LocalDate date, double peakHourM3, String peakHourStart) {
    }

    /** A stored crossing of the year's weekly figure: level 100 is {@code PermittedLoadExceeded} / within again. */
    public record Event(String week, int levelPercent, String direction, Double loadPe, Double utilisationPercent) {
    }

    public record MaxWeek(String week, double loadPe, int samples, boolean singleDay) {
    }

    public record Week(String week, double loadPe, int samples, String label, boolean unusual, String reason,
                       String markedBy, boolean counted) {
    }

    /** A sample of the year as the chart draws it: {@code basis} says where its BOD7 came from. */
    public record Sample(String sampleId, String week, SampleKind kind, String periodStart, String periodEnd,
                         Double loadPe, Double bod7KgPerDay, String bod7Basis, Double bod7Factor, boolean valid,
                         String invalidReason) {
    }
}
