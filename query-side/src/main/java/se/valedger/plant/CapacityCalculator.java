package se.valedger.plant;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import se.valedger.plant.PlantCapacity.DaysOver;
import se.valedger.plant.PlantCapacity.ExtraneousWaterYear;
import se.valedger.plant.PlantCapacity.Trend;

/**
 * Turns a plant's recorded days into its capacity overview. Pure arithmetic, no database, so that
 * every mean can be checked by hand.
 *
 * <ul>
 * <li>Rolling 7-day mean of day d: the mean of the measured values of the calendar days d-6..d,
 *     given when at least 4 of the 7 days were measured.</li>
 * <li>12-month mean of day d: the mean of the measured values of the year ending on d
 *     (d minus one year plus one day .. d), given only when the series reaches back to that first
 *     day and at least half of its days (183) were measured.</li>
 * <li>Forecast: least-squares line through the 12-month means (at least 30 of them) against time;
 *     the year it reaches the newest permit is the forecast year.</li>
 * <li>Extraneous water (tillskottsvatten), per calendar year: dry-weather flow = the lowest mean of
 *     7 consecutive fully measured days in the year; extraneous = the inflow above it, summed over
 *     the year's measured days, as a share of the year's inflow.</li>
 * </ul>
 */
final class CapacityCalculator {

    static final int MIN_DAYS_IN_WEEK = 4;
    static final int MIN_DAYS_IN_YEAR = 183;
    static final int MIN_TREND_POINTS = 30;
    static final int DRY_WEATHER_WINDOW = 7;

    static final String MEANS = "7-day mean: mean of the measured days of the 7 calendar days ending on the day, "
            + "given when at least 4 were measured. 12-month mean: mean of the measured days of the year ending on "
            + "the day, given when the series covers that whole year and at least 183 of its days were measured.";
    static final String FORECAST_METHOD = "Linear trend (least squares) of the 12-month mean against time, over every "
            + "day that has a 12-month mean (at least 30); the forecast year is where the line reaches the newest "
            + "permit. A straight line through a mean: it says where the current growth leads, not what will happen.";
    static final String EXTRANEOUS_METHOD = "Per calendar year: dry-weather flow = the lowest mean inflow of 7 "
            + "consecutive measured days in the year; extraneous water = inflow above the dry-weather flow summed "
            + "over the year's measured days, as a share of the year's inflow. Infiltration present even in dry "
            + "weather lies inside the dry-weather flow, so this is a lower bound of the extraneous water.";

    record DayRow(LocalDate date, Double inflowM3, Double bod7Kg, Double loadPe, int corrections) {
    }

    record BypassRow(int year, BypassCause cause, double volumeM3) {
    }

    private final TreeMap<LocalDate, Permit> permits = new TreeMap<>();
    private final List<Integer> levels;
    private final List<DayRow> days;

    CapacityCalculator(List<Permit> permits, List<Integer> thresholds, List<DayRow> days) {
        permits.forEach(p -> this.permits.put(p.validFrom(), p));
        this.levels = PermitUtilisation.levels(thresholds);
        this.days = days.stream().sorted(Comparator.comparing(DayRow::date)).toList();
    }

    Permit permitOn(LocalDate date) {
        return PermitUtilisation.permitOn(permits, date);
    }

    Permit newestPermit() {
        return permits.lastEntry().getValue();
    }

    List<Permit> permits() {
        return List.copyOf(permits.values());
    }

    List<PlantCapacity.Day> days(LocalDate from, LocalDate to) {
        Series flow = series(DayRow::inflowM3);
        Series load = series(DayRow::loadPe);
        List<PlantCapacity.Day> result = new ArrayList<>();
        for (DayRow day : days) {
            if ((from != null && day.date().isBefore(from)) || (to != null && day.date().isAfter(to))) {
                continue;
            }
            Permit permit = permitOn(day.date());
            result.add(new PlantCapacity.Day(day.date(), day.inflowM3(), day.bod7Kg(), day.loadPe(),
                    permit.personEquivalents(), permit.designFlowM3PerDay(),
                    PermitUtilisation.utilisation(day.loadPe(), permit.personEquivalents()),
                    PermitUtilisation.utilisation(day.inflowM3(), permit.designFlowM3PerDay()),
                    flow.weekMean(day.date()), load.weekMean(day.date()),
                    flow.yearMean(day.date()), load.yearMean(day.date()), day.corrections()));
        }
        return result;
    }

    List<PlantCapacity.Year> years() {
        Map<Integer, List<DayRow>> byYear = new TreeMap<>();
        days.forEach(d -> byYear.computeIfAbsent(d.date().getYear(), y -> new ArrayList<>()).add(d));
        List<PlantCapacity.Year> result = new ArrayList<>();
        byYear.forEach((year, rows) -> {
            List<DaysOver> over = new ArrayList<>();
            for (int level : levels) {
                int loadDays = 0;
                int flowDays = 0;
                for (DayRow d : rows) {
                    Permit p = permitOn(d.date());
                    Double lu = PermitUtilisation.utilisation(d.loadPe(), p.personEquivalents());
                    Double fu = PermitUtilisation.utilisation(d.inflowM3(), p.designFlowM3PerDay());
                    loadDays += PermitUtilisation.over(lu, level) ? 1 : 0;
                    flowDays += PermitUtilisation.over(fu, level) ? 1 : 0;
                }
                over.add(new DaysOver(level, loadDays, flowDays));
            }
            result.add(new PlantCapacity.Year(year, rows.size(), mean(rows, DayRow::inflowM3), mean(rows, DayRow::loadPe),
                    rows.stream().map(DayRow::inflowM3).filter(v -> v != null).mapToDouble(Double::doubleValue).sum(),
                    over));
        });
        return result;
    }

    private static Double mean(List<DayRow> rows, Function<DayRow, Double> value) {
        var stats = rows.stream().map(value).filter(v -> v != null).mapToDouble(Double::doubleValue).summaryStatistics();
        return stats.getCount() == 0 ? null : stats.getAverage();
    }

    static List<PlantCapacity.BypassTotal> bypassTotals(List<BypassRow> bypasses) {
        record Key(int year, BypassCause cause) {
        }
        Map<Key, double[]> totals = new TreeMap<>(Comparator.comparingInt(Key::year).thenComparing(Key::cause));
        for (BypassRow b : bypasses) {
            double[] t = totals.computeIfAbsent(new Key(b.year(), b.cause()), k -> new double[2]);
            t[0]++;
            t[1] += b.volumeM3();
        }
        List<PlantCapacity.BypassTotal> result = new ArrayList<>();
        totals.forEach((k, t) -> result.add(new PlantCapacity.BypassTotal(k.year(), k.cause(), (int) t[0], t[1])));
        return result;
    }

    PlantCapacity.ExtraneousWater extraneousWater() {
        Series flow = series(DayRow::inflowM3);
        Map<Integer, List<DayRow>> byYear = new TreeMap<>();
        days.stream().filter(d -> d.inflowM3() != null)
                .forEach(d -> byYear.computeIfAbsent(d.date().getYear(), y -> new ArrayList<>()).add(d));
        List<ExtraneousWaterYear> years = new ArrayList<>();
        byYear.forEach((year, rows) -> {
            double total = rows.stream().mapToDouble(DayRow::inflowM3).sum();
            Double dry = null;
            for (DayRow d : rows) {
                LocalDate windowStart = d.date().minusDays(DRY_WEATHER_WINDOW - 1);
                if (windowStart.getYear() != year) {
                    continue;
                }
                Double mean = flow.mean(windowStart, d.date(), DRY_WEATHER_WINDOW);
                if (mean != null && (dry == null || mean < dry)) {
                    dry = mean;
                }
            }
            Double extraneous = null;
            if (dry != null) {
                double q = dry;
                extraneous = rows.stream().mapToDouble(d -> Math.max(0, d.inflowM3() - q)).sum();
            }
            years.add(new ExtraneousWaterYear(year, rows.size(), dry, total, extraneous,
                    extraneous == null || total == 0 ? null : extraneous / total));
        });
        return new PlantCapacity.ExtraneousWater(EXTRANEOUS_METHOD, years);
    }

    PlantCapacity.Forecast forecast() {
        Permit permit = newestPermit();
        return new PlantCapacity.Forecast(FORECAST_METHOD,
                trend(CapacityDimension.LOAD, series(DayRow::loadPe), permit.personEquivalents()),
                trend(CapacityDimension.FLOW, series(DayRow::inflowM3), permit.designFlowM3PerDay()));
    }

    private Trend trend(CapacityDimension dimension, Series series, double permitted) {
        List<LocalDate> x = new ArrayList<>();
        List<Double> y = new ArrayList<>();
        for (DayRow d : days) {
            Double mean = series.yearMean(d.date());
            if (mean != null) {
                x.add(d.date());
                y.add(mean);
            }
        }
        if (x.size() < MIN_TREND_POINTS) {
            return new Trend(dimension, "INSUFFICIENT_DATA", permitted, y.isEmpty() ? null : y.get(y.size() - 1),
                    null, x.isEmpty() ? null : x.get(0), x.isEmpty() ? null : x.get(x.size() - 1), x.size(), null);
        }
        int n = x.size();
        double mx = 0;
        double my = 0;
        for (int i = 0; i < n; i++) {
            mx += x.get(i).toEpochDay();
            my += y.get(i);
        }
        mx /= n;
        my /= n;
        double sxy = 0;
        double sxx = 0;
        for (int i = 0; i < n; i++) {
            double dx = x.get(i).toEpochDay() - mx;
            sxy += dx * (y.get(i) - my);
            sxx += dx * dx;
        }
        double slopePerDay = sxx == 0 ? 0 : sxy / sxx;
        double latest = y.get(n - 1);
        LocalDate last = x.get(n - 1);
        String status;
        Integer year = null;
        if (latest >= permitted) {
            status = "ALREADY_EXCEEDED";
            year = last.getYear();
        } else if (slopePerDay <= 0) {
            status = "NOT_ON_CURRENT_TREND";
        } else {
            double reachedAt = mx + (permitted - my) / slopePerDay;
            LocalDate reached = LocalDate.ofEpochDay((long) Math.ceil(reachedAt));
            year = reached.getYear();
            status = reached.isAfter(last.plusYears(100)) ? "BEYOND_100_YEARS" : "REACHED";
        }
        return new Trend(dimension, status, permitted, latest, slopePerDay * 365.25, x.get(0), last, n, year);
    }

    private Series series(Function<DayRow, Double> value) {
        return new Series(days, value);
    }

    /** One dimension's daily values with prefix sums, for window means in constant time. */
    static final class Series {

        private final long first;
        private final double[] sum;
        private final int[] count;

        Series(List<DayRow> sortedDays, Function<DayRow, Double> value) {
            first = sortedDays.isEmpty() ? 0 : sortedDays.get(0).date().toEpochDay();
            long lastDay = sortedDays.isEmpty() ? -1 : sortedDays.get(sortedDays.size() - 1).date().toEpochDay();
            int length = (int) Math.max(0, lastDay - first + 1);
            sum = new double[length + 1];
            count = new int[length + 1];
            double[] values = new double[length];
            boolean[] present = new boolean[length];
            for (DayRow d : sortedDays) {
                Double v = value.apply(d);
                if (v != null) {
                    int i = (int) (d.date().toEpochDay() - first);
                    values[i] = v;
                    present[i] = true;
                }
            }
            long firstMeasured = Long.MAX_VALUE;
            for (int i = 0; i < length; i++) {
                sum[i + 1] = sum[i] + (present[i] ? values[i] : 0);
                count[i + 1] = count[i] + (present[i] ? 1 : 0);
                if (present[i] && firstMeasured == Long.MAX_VALUE) {
                    firstMeasured = first + i;
                }
            }
            this.firstMeasured = firstMeasured;
        }

        private final long firstMeasured;

        /** Mean of the measured days in [from, to], or null when fewer than {@code minCount} were measured. */
        Double mean(LocalDate from, LocalDate to, int minCount) {
            int a = (int) Math.max(0, from.toEpochDay() - first);
            int b = (int) Math.min(sum.length - 1, to.toEpochDay() - first + 1);
            if (b <= a) {
                return null;
            }
            int n = count[b] - count[a];
            return n < minCount || n == 0 ? null : (sum[b] - sum[a]) / n;
        }

        Double weekMean(LocalDate day) {
            return mean(day.minusDays(6), day, MIN_DAYS_IN_WEEK);
        }

        Double yearMean(LocalDate day) {
            LocalDate start = day.minusYears(1).plusDays(1);
            if (firstMeasured == Long.MAX_VALUE || start.toEpochDay() < firstMeasured) {
                return null;
            }
            return mean(start, day, MIN_DAYS_IN_YEAR);
        }
    }
}
