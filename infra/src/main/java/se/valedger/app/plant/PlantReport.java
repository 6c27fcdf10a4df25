package se.valedger.app.plant;

import java.util.List;
import se.valedger.plant.PlantOverflows;
import se.valedger.plant.PlantWeeklyLoad;

/**
 * What a Swedish plant's environmental report (miljörapport, NFS 2016:8) needs on load and overflows for a year:
 * the maximum average weekly load and its week against the permit, the mean load, the inflow, the weeks and days
 * over the levels, the sample count, the overflows per point and the system's share, and the forecast on the weekly
 * figure.
 */
public record PlantReport(
        String plantId,
        int year,
        int permittedPe,
        boolean permitAssumed,
        String permitBasis,
        PlantWeeklyLoad.MaxWeek maxWeek,
        Double maxUtilisationPercent,
        Double meanWeeklyLoadPe,
        int samples,
        int samplesRequired,
        List<WeeksOver> weeksOver,
        Inflow inflow,
        List<PlantWeeklyLoad.Week> weeks,
        List<PlantOverflows.Point> overflowPoints,
        PlantOverflows.SystemShare overflowShare,
        Forecast forecast,
        List<String> assumed) {

    /** Counted weeks (unusual ones left out) whose average load was strictly above {@code levelPercent} of the permit. */
    public record WeeksOver(int levelPercent, int weeks) {
    }

    /** The calendar year's inflow from the day measurements, with the days over Qdim. */
    public record Inflow(int measuredDays, Double totalM3, Double meanM3PerDay, int daysOverDesignFlow,
                         int daysWithPeakHourOverDesignFlow) {
    }

    /**
     * A least-squares line through the yearly maxima of the average weekly load (weekly figure), the year it reaches
     * the permitted connection; {@code status} as in the capacity forecast. The 12-month-mean forecast stays in
     * {@code GET .../capacity}.
     */
    public record Forecast(String method, String status, List<YearMax> maxima, Double slopePePerYear,
                           Integer yearPermitReached) {
    }

    public record YearMax(int year, String week, double loadPe) {
    }
}
