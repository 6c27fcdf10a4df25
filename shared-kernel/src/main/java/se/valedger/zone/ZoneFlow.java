package se.valedger.zone;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import se.valedger.kernel.UtilityTime;

/**
 * A zone's net flow per local day: the sum of its inflow meters minus the sum of its outflow meters, interval by
 * interval. Meters with different intervals are brought to the coarsest one of the day (four quarter-hours make an
 * hour). An interval is a gap (null) when any meter lacks it: gaps are carried, never filled.
 */
public final class ZoneFlow {

    private ZoneFlow() {
    }

    /** One local day of net flow: the volume (m3) of each interval from local midnight; null where there is a gap. */
    public record Day(LocalDate date, int intervalMinutes, List<Double> m3) {

        public boolean complete() {
            return m3.stream().allMatch(v -> v != null);
        }

        public int gaps() {
            return (int) m3.stream().filter(v -> v == null).count();
        }

        /** The day's volume, or null when it has a gap. */
        public Double volume() {
            return complete() ? m3.stream().mapToDouble(Double::doubleValue).sum() : null;
        }

        public Instant slotStart(int index) {
            return UtilityTime.startOfDay(date).plus(Duration.ofMinutes((long) index * intervalMinutes));
        }

        /** Hourly volumes (m3 per hour, so also the mean rate in m3/h); an hour with a gap is null. */
        public List<Double> hourly() {
            int per = 60 / intervalMinutes;
            List<Double> hours = new ArrayList<>();
            for (int start = 0; start + per <= m3.size(); start += per) {
                Double sum = 0.0;
                for (int i = start; i < start + per; i++) {
                    if (m3.get(i) == null) {
                        sum = null;
                        break;
                    }
                    sum += m3.get(i);
                }
                hours.add(sum);
            }
            return hours;
        }
    }

    /** Intervals of {@code minutes} in the local day {@code date} (23, 24 or 25 hours). */
    public static int slots(LocalDate date, int minutes) {
        long dayMinutes = Duration.between(UtilityTime.startOfDay(date), UtilityTime.startOfDay(date.plusDays(1)))
                .toMinutes();
        return (int) (dayMinutes / minutes);
    }

    /** The net flow of every day on which at least one of the zone's meters has values, in date order. */
    public static List<Day> of(List<MeterDays.Day> meterDays, List<String> inflowMeters, List<String> outflowMeters) {
        Map<LocalDate, Map<String, MeterDays.Day>> byDate = new TreeMap<>();
        for (MeterDays.Day day : meterDays) {
            byDate.computeIfAbsent(day.date(), d -> new HashMap<>()).put(day.meterId(), day);
        }
        List<Day> days = new ArrayList<>();
        byDate.forEach((date, meters) -> {
            int interval = meters.values().stream().mapToInt(MeterDays.Day::intervalMinutes).max().orElse(60);
            int slots = slots(date, interval);
            List<Double> net = new ArrayList<>(Collections.nCopies(slots, 0.0));
            add(net, meters, inflowMeters, interval, 1);
            add(net, meters, outflowMeters, interval, -1);
            days.add(new Day(date, interval, net));
        });
        return days;
    }

    private static void add(List<Double> net, Map<String, MeterDays.Day> meters, List<String> ids, int interval,
                            int sign) {
        for (String id : ids) {
            MeterDays.Day day = meters.get(id);
            for (int slot = 0; slot < net.size(); slot++) {
                Double value = day == null ? null : coarse(day, slot, interval);
                net.set(slot, net.get(slot) == null || value == null ? null : net.get(slot) + sign * value);
            }
        }
    }

    private static Double coarse(MeterDays.Day day, int slot, int interval) {
        int per = interval / day.intervalMinutes();
        double sum = 0;
        for (int i = slot * per; i < (slot + 1) * per; i++) {
            if (i >= day.volumesM3().size() || day.volumesM3().get(i) == null) {
                return null;
            }
            sum += day.volumesM3().get(i);
        }
        return sum;
    }
}
