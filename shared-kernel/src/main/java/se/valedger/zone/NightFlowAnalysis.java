package se.valedger.zone;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import se.valedger.kernel.UtilityTime;

/**
 * Minimum night flow per night of a supply zone and the new-burst signal.
 * <ul>
 * <li>minimum night flow (m3/h) = the mean flow over the night window of the local day (default 02:00-04:00,
 * the quietest hours of a Swedish network); a night with any gap in its window is skipped and listed, never
 * filled;</li>
 * <li>net night flow = minimum night flow - legitimate night use (connections x litres per connection per hour,
 * plus listed night consumers);</li>
 * <li>leakage per day = net night flow x the night-day factor (hours: 24 when leakage does not depend on
 * pressure, less when night pressure is higher than the day's; FAVAD, May 1994 / Lambert 2001);</li>
 * <li>new-burst signal: a night is above its baseline when its net night flow exceeds the median of the
 * {@code baselineNights} valid nights before it plus the larger of k x their median absolute deviation and a
 * minimum rise; {@code consecutiveNights} such nights in a row raise one signal, "possible new leak since" the
 * first of them (a robust rule: median and MAD are not moved by the burst nights themselves, Hampel 1974).</li>
 * </ul>
 */
public final class NightFlowAnalysis {

    public static final String SIGNAL = "POSSIBLE_NEW_LEAK";

    private NightFlowAnalysis() {
    }

    public record Settings(LocalTime windowStart, LocalTime windowEnd, double nightUseM3PerHour,
                           double nightDayFactorHours, int baselineNights, double k, int consecutiveNights,
                           double minimumRiseM3PerHour) {
    }

    public record Night(LocalDate night, double minimumNightFlowM3PerH, double netNightFlowM3PerH,
                        double leakageM3PerDay, Double baselineM3PerH, Double thresholdM3PerH,
                        boolean aboveBaseline, String signal) {
    }

    public record Skipped(LocalDate night, String reason) {
    }

    public record Signal(LocalDate since, int nightsAbove, double baselineM3PerH, double netNightFlowM3PerH) {
    }

    public record Result(List<Night> nights, List<Skipped> skipped, List<Signal> signals) {
    }

    /** Every night from {@code from} to {@code to}; the baseline also looks at the days before {@code from}. */
    public static Result analyse(List<ZoneFlow.Day> days, LocalDate from, LocalDate to, Settings s) {
        Map<LocalDate, ZoneFlow.Day> byDate = days.stream()
                .collect(Collectors.toMap(ZoneFlow.Day::date, Function.identity(), (a, b) -> a));
        List<Night> nights = new ArrayList<>();
        List<Skipped> skipped = new ArrayList<>();
        List<Signal> signals = new ArrayList<>();
        List<Double> valid = new ArrayList<>();
        List<Night> all = new ArrayList<>();
        LocalDate first = days.isEmpty() || !days.get(0).date().isBefore(from) ? from : days.get(0).date();
        for (LocalDate date = first; !date.isAfter(to); date = date.plusDays(1)) {
            boolean listed = !date.isBefore(from);
            ZoneFlow.Day day = byDate.get(date);
            Double mnf = day == null ? null : windowMean(day, s.windowStart(), s.windowEnd());
            if (mnf == null) {
                if (listed) {
                    skipped.add(new Skipped(date, day == null ? "no meter data for this night"
                            : "the series has a gap between " + s.windowStart() + " and " + s.windowEnd()
                            + "; gaps are not filled"));
                }
                continue;
            }
            double net = mnf - s.nightUseM3PerHour();
            Double baseline = null;
            Double threshold = null;
            boolean above = false;
            if (valid.size() >= s.baselineNights()) {
                List<Double> window = valid.subList(valid.size() - s.baselineNights(), valid.size());
                double centre = median(window);
                double mad = median(window.stream().map(x -> Math.abs(x - centre)).toList());
                baseline = centre;
                threshold = centre + Math.max(s.k() * mad, s.minimumRiseM3PerHour());
                above = net > threshold;
            }
            valid.add(net);
            all.add(new Night(date, mnf, net, net * s.nightDayFactorHours(), baseline, threshold, above, null));
        }
        int run = 0;
        for (int i = 0; i < all.size(); i++) {
            Night night = all.get(i);
            run = night.aboveBaseline() ? run + 1 : 0;
            if (run == s.consecutiveNights() && !night.night().isBefore(from)) {
                Night start = all.get(i - run + 1);
                all.set(i - run + 1, new Night(start.night(), start.minimumNightFlowM3PerH(),
                        start.netNightFlowM3PerH(), start.leakageM3PerDay(), start.baselineM3PerH(),
                        start.thresholdM3PerH(), true, SIGNAL));
                signals.add(new Signal(start.night(), run, start.baselineM3PerH(), night.netNightFlowM3PerH()));
            }
        }
        for (Night night : all) {
            if (!night.night().isBefore(from)) {
                nights.add(night);
            }
        }
        return new Result(nights, skipped, signals);
    }

    /** The mean flow (m3/h) over the window of the local day, or null when a slot of it is a gap. */
    static Double windowMean(ZoneFlow.Day day, LocalTime start, LocalTime end) {
        Instant from = day.date().atTime(start).atZone(UtilityTime.ZONE).toInstant();
        Instant to = day.date().atTime(end).atZone(UtilityTime.ZONE).toInstant();
        double sum = 0;
        int slots = 0;
        for (int i = 0; i < day.m3().size(); i++) {
            Instant slot = day.slotStart(i);
            if (!slot.isBefore(from) && slot.isBefore(to)) {
                if (day.m3().get(i) == null) {
                    return null;
                }
                sum += day.m3().get(i);
                slots++;
            }
        }
        if (slots == 0) {
            return null;
        }
        double hours = slots * day.intervalMinutes() / 60.0;
        return sum / hours;
    }

    static double median(List<Double> values) {
        List<Double> sorted = new ArrayList<>(values);
        sorted.sort(Double::compare);
        int n = sorted.size();
        return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
    }

    /** How long the window is on an ordinary day, for messages. */
    public static Duration windowLength(Settings s) {
        return Duration.between(s.windowStart(), s.windowEnd());
    }
}
