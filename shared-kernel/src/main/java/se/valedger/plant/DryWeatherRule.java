package se.valedger.plant;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Rule {@code DryWeatherDays}: which days of a year count as dry weather, for the recast UWWTD's indicative objective
 * that storm-water overflows stay below 2 % of the <em>annual collected load in dry weather</em> (Directive (EU)
 * 2024/3019 Annex V). The directive does not define a dry day; the rule below is ASSUMED (set by
 * {@code valedger.plants.dry-weather.*}) until the utility's integrated management plan states its own:
 *
 * <ul>
 * <li>when any day of the year has a recorded precipitation: a day is dry when its precipitation and that of each of
 *     the {@code dryDaysBefore} days before it are recorded and at most {@code maxPrecipitationMm} (default 1 mm, the
 *     usual meteorological threshold of a "dry day", and 1 day before, so the day after rain, still draining, does
 *     not count);</li>
 * <li>otherwise, when daily inflows are known: a day is dry when its inflow is at most the
 *     {@code inflowPercentile}-th percentile (linear interpolation) of the year's daily inflows (default 50: the
 *     lower half of the year's days, rain and snowmelt days lying in the upper half);</li>
 * <li>otherwise no day can be told dry ({@link DryWeatherBasis#NONE}).</li>
 * </ul>
 *
 * @param assumed whether these are the defaults, not figures the utility has set
 */
public record DryWeatherRule(double maxPrecipitationMm, int dryDaysBefore, double inflowPercentile, boolean assumed) {

    public static final double DEFAULT_MAX_PRECIPITATION_MM = 1.0;
    public static final int DEFAULT_DRY_DAYS_BEFORE = 1;
    public static final double DEFAULT_INFLOW_PERCENTILE = 50.0;

    public DryWeatherRule {
        if (maxPrecipitationMm < 0 || dryDaysBefore < 0 || inflowPercentile < 0 || inflowPercentile > 100) {
            throw new IllegalArgumentException("dry-weather rule: precipitation >= 0, days before >= 0, percentile 0-100");
        }
    }

    public static DryWeatherRule defaults() {
        return new DryWeatherRule(DEFAULT_MAX_PRECIPITATION_MM, DEFAULT_DRY_DAYS_BEFORE, DEFAULT_INFLOW_PERCENTILE, true);
    }

    /** One day's series; either may be null (not recorded). */
    public record Day(Double inflowM3, Double precipitationMm) {
    }

    /** The dry days of a year, the series that told them and the rule in words (with the percentile's value). */
    public record DryDays(DryWeatherBasis basis, Set<LocalDate> days, String rule) {
    }

    /**
     * The dry days among {@code from} (inclusive) to {@code to} (exclusive); {@code series} may also hold the days
     * before {@code from} (for the days-before condition).
     */
    public DryDays dryDays(LocalDate from, LocalDate to, Map<LocalDate, Day> series) {
        Set<LocalDate> dry = new TreeSet<>();
        boolean rain = series.entrySet().stream().anyMatch(e -> inYear(e.getKey(), from, to)
                && e.getValue().precipitationMm() != null);
        if (rain) {
            for (LocalDate d = from; d.isBefore(to); d = d.plusDays(1)) {
                boolean ok = true;
                for (int back = 0; back <= dryDaysBefore && ok; back++) {
                    Day day = series.get(d.minusDays(back));
                    ok = day != null && day.precipitationMm() != null && day.precipitationMm() <= maxPrecipitationMm;
                }
                if (ok) {
                    dry.add(d);
                }
            }
            return new DryDays(DryWeatherBasis.PRECIPITATION, dry, (assumed ? "ASSUMED " : "") + "dry day = precipitation "
                    + "at most " + maxPrecipitationMm + " mm on the day and on each of the " + dryDaysBefore
                    + " day(s) before (valedger.plants.dry-weather.max-precipitation-mm, .dry-days-before)");
        }
        List<Double> flows = new ArrayList<>();
        series.forEach((d, day) -> {
            if (inYear(d, from, to) && day.inflowM3() != null) {
                flows.add(day.inflowM3());
            }
        });
        if (flows.isEmpty()) {
            return new DryDays(DryWeatherBasis.NONE, dry, "no precipitation or daily inflow recorded in the year: dry "
                    + "days cannot be told apart");
        }
        double limit = percentile(flows, inflowPercentile);
        series.forEach((d, day) -> {
            if (inYear(d, from, to) && day.inflowM3() != null && day.inflowM3() <= limit) {
                dry.add(d);
            }
        });
        return new DryDays(DryWeatherBasis.INFLOW_PERCENTILE, dry, (assumed ? "ASSUMED " : "") + "no precipitation "
                + "series: dry day = daily inflow at most the " + inflowPercentile + "th percentile of the year's "
                + flows.size() + " daily inflows, " + Math.round(limit * 10) / 10.0 + " m3/d "
                + "(valedger.plants.dry-weather.inflow-percentile)");
    }

    /** The p-th percentile (0-100) with linear interpolation between the closest ranks (as SQL percentile_cont). */
    static double percentile(Collection<Double> values, double p) {
        double[] v = values.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        double rank = p / 100.0 * (v.length - 1);
        int lo = (int) Math.floor(rank);
        int hi = (int) Math.ceil(rank);
        return v[lo] + (v[hi] - v[lo]) * (rank - lo);
    }

    private static boolean inYear(LocalDate d, LocalDate from, LocalDate to) {
        return !d.isBefore(from) && d.isBefore(to);
    }
}
