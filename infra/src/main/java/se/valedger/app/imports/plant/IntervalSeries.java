package se.valedger.app.imports.plant;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoField;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import se.valedger.app.imports.ImportReport.Row;
import se.valedger.kernel.InvalidInput;
import se.valedger.kernel.UtilityTime;

/**
 * An hourly or finer flow series turned into days, in the utility's calendar (Europe/Stockholm).
 *
 * <ul>
 * <li>Times: {@code 2024-03-01 13:00[:ss]}, {@code 2024-03-01T13:00}, {@code 1.3.2024 13:00} on the utility's clock,
 *     or ISO with an offset ({@code 2024-03-01T13:00:00+01:00}, {@code ...Z}). A timestamp marks the start of its
 *     interval. On the autumn daylight-saving day a local time given twice (02:00-02:59) is first summer time, then
 *     winter time; a local time that does not exist (the spring day's 02:00-02:59) is refused.</li>
 * <li>Interval: the most common step between consecutive times, a divisor of an hour (1 to 60 minutes).</li>
 * <li>Values: volumes per interval ({@code [m3]}) or rates ({@code [m3/h]}, {@code [l/s]}); the column's unit or the
 *     request's {@code flowValues=volume|rate} says which. An hourly series without either: m3 in the hour (both
 *     readings agree). A finer one without either is refused: the reading would be a guess.</li>
 * <li>A day is complete with all its intervals: 24 hours, 23 on the spring and 25 on the autumn daylight-saving
 *     day. Only complete days become measurements, with their peak hour (the clock hour with the largest volume).</li>
 * </ul>
 */
final class IntervalSeries {

    private static final DateTimeFormatter LOCAL = new DateTimeFormatterBuilder()
            .appendPattern("yyyy-MM-dd")
            .optionalStart().appendLiteral('T').optionalEnd()
            .optionalStart().appendLiteral(' ').optionalEnd()
            .appendPattern("HH:mm")
            .optionalStart().appendPattern(":ss").optionalEnd()
            .optionalStart().appendFraction(ChronoField.NANO_OF_SECOND, 0, 9, true).optionalEnd()
            .toFormatter(Locale.ROOT);
    private static final DateTimeFormatter DAY_FIRST = DateTimeFormatter.ofPattern("d.M.uuuu H:mm[:ss]", Locale.ROOT);

    /** Whether the values are volumes per interval or rates in m3/h (null: not said). */
    enum Values { VOLUME, RATE }

    record Day(LocalDate date, int firstLine, int rows, double volumeM3, double peakHourM3, Instant peakHourStart,
               int hours) {
    }

    final List<Day> days = new ArrayList<>();
    final List<Row> errors = new ArrayList<>();
    int rejectedRows;
    Duration interval;

    private record Reading(int line, Instant start, double value) {
    }

    static IntervalSeries of(MeasurementFile file, Columns columns, Values said) {
        IntervalSeries series = new IntervalSeries();
        series.read(file, columns, said);
        return series;
    }

    private void read(MeasurementFile file, Columns columns, Values said) {
        String timeName = file.header.get(columns.time());
        String flowName = file.header.get(columns.inflow());
        String unit = file.units.get(columns.inflow());
        double ratePerM3h = 1;
        Values values = said;
        if (unit != null) {
            String u = unit.toLowerCase(Locale.ROOT).replace(" ", "").replace("³", "3");
            Values byUnit;
            switch (u) {
                case "m3" -> byUnit = Values.VOLUME;
                case "m3/h" -> byUnit = Values.RATE;
                case "l/s" -> {
                    byUnit = Values.RATE;
                    ratePerM3h = 3.6;
                }
                default -> throw new InvalidInput(flowName, "line 1: the flow unit [" + unit + "] is not one we read in a "
                        + "timed series; use [m3] (volume per interval), [m3/h] or [l/s] (rates)");
            }
            if (said != null && said != byUnit) {
                throw new InvalidInput("flowValues", "flowValues=" + said.name().toLowerCase(Locale.ROOT)
                        + " contradicts the column's unit [" + unit + "]");
            }
            values = byUnit;
        }
        List<Reading> readings = new ArrayList<>();
        Map<LocalDateTime, Integer> seenLocal = new HashMap<>();
        for (MeasurementFile.Line line : file.rows) {
            String raw = field(line, columns.time());
            Instant start;
            try {
                start = instant(raw, seenLocal);
            } catch (DateTimeParseException e) {
                reject(line.number(), timeName, "'" + raw + "' is not a time like 2024-03-01 13:00, 1.3.2024 13:00 or "
                        + "2024-03-01T13:00:00+01:00");
                continue;
            } catch (InvalidInput gap) {
                reject(line.number(), timeName, gap.reason());
                continue;
            }
            Double v;
            try {
                v = file.number(field(line, columns.inflow()));
            } catch (NumberFormatException e) {
                reject(line.number(), flowName, "'" + field(line, columns.inflow()) + "' is not a number");
                continue;
            }
            if (v == null || v < 0) {
                reject(line.number(), flowName, v == null ? "no flow for " + raw : "flow cannot be negative, was " + v);
                continue;
            }
            readings.add(new Reading(line.number(), start, v));
        }
        interval = step(readings);
        if (interval.toMinutes() < 60 && values == null) {
            throw new InvalidInput(flowName, "line 1: a " + interval.toMinutes() + "-minute series must say whether its "
                    + "values are volumes per interval or rates: write [m3] or [m3/h] after the column name, or send "
                    + "?flowValues=volume|rate");
        }
        double toVolume = values == Values.RATE ? ratePerM3h * interval.toSeconds() / 3600.0 : 1.0;
        Map<LocalDate, Map<Instant, Reading>> byDay = new TreeMap<>();
        Map<LocalDate, Integer> firstLine = new HashMap<>();
        Map<LocalDate, Integer> rowsOfDay = new HashMap<>();
        Set<LocalDate> conflicting = new HashSet<>();
        for (Reading r : readings) {
            LocalDate date = UtilityTime.dateOf(r.start());
            firstLine.merge(date, r.line(), Math::min);
            rowsOfDay.merge(date, 1, Integer::sum);
            Map<Instant, Reading> of = byDay.computeIfAbsent(date, d -> new TreeMap<>());
            if (Duration.between(Instant.EPOCH, r.start()).toSeconds() % interval.toSeconds() != 0) {
                errors.add(new Row(r.line(), timeName, r.start() + " is not on the series' " + interval.toMinutes()
                        + "-minute grid"));
                continue;
            }
            Reading earlier = of.get(r.start());
            if (earlier != null) {
                if (earlier.value() == r.value()) {
                    errors.add(new Row(r.line(), timeName, r.start() + " repeats line " + earlier.line()
                            + " with the same flow; counted once"));
                } else {
                    conflicting.add(date);
                    errors.add(new Row(r.line(), flowName, r.start() + " is given twice with different flows (lines "
                            + earlier.line() + " and " + r.line() + "); the day is not imported"));
                }
                continue;
            }
            of.put(r.start(), r);
        }
        byDay.forEach((date, of) -> {
            Instant dayStart = UtilityTime.startOfDay(date);
            long hours = Duration.between(dayStart, UtilityTime.startOfDay(date.plusDays(1))).toHours();
            long expected = hours * 60 / interval.toMinutes();
            double volume = of.values().stream().mapToDouble(r -> r.value() * toVolume).sum();
            int rows = rowsOfDay.get(date);
            if (of.size() == expected && !conflicting.contains(date)) {
                Map<Instant, Double> perHour = new TreeMap<>();
                of.values().forEach(r -> perHour.merge(r.start().truncatedTo(ChronoUnit.HOURS), r.value() * toVolume,
                        Double::sum));
                Map.Entry<Instant, Double> peak = perHour.entrySet().stream()
                        .max(Map.Entry.<Instant, Double>comparingByValue()
                                .thenComparing(Map.Entry.comparingByKey(java.util.Comparator.reverseOrder())))
                        .orElseThrow();
                days.add(new Day(date, firstLine.get(date), rows, volume, peak.getValue(), peak.getKey(), (int) hours));
            } else {
                rejectedRows += rows;
                if (!conflicting.contains(date)) {
                    String unitName = interval.toMinutes() == 60 ? "hours" : interval.toMinutes() + "-minute intervals";
                    errors.add(new Row(firstLine.get(date), timeName, date + " has " + of.size() + " of " + expected + " "
                            + unitName + (hours != 24 ? " (a daylight-saving day of " + hours + " hours)" : "")
                            + "; a day is imported only when complete, so its "
                            + String.format(Locale.ROOT, "%.1f", volume) + " m3 are not recorded"));
                }
            }
        });
    }

    /** The instant a written time means; a repeated local time on the autumn day is the later (winter) one. */
    private static Instant instant(String raw, Map<LocalDateTime, Integer> seenLocal) {
        String t = raw.trim();
        if (t.endsWith("Z") || t.matches(".*[+-]\\d{2}:?\\d{2}$")) {
            try {
                return OffsetDateTime.parse(t.replace(' ', 'T')).toInstant();
            } catch (DateTimeParseException e) {
                // fall through to local forms
            }
        }
        LocalDateTime local = t.indexOf('.') > 0 && t.indexOf('.') < 3 ? LocalDateTime.parse(t, DAY_FIRST)
                : LocalDateTime.parse(t, LOCAL);
        List<ZoneOffset> offsets = UtilityTime.ZONE.getRules().getValidOffsets(local);
        if (offsets.isEmpty()) {
            throw new InvalidInput("time", local + " does not exist in " + UtilityTime.ZONE_ID
                    + " (the clocks jump an hour when daylight saving starts)");
        }
        int seen = seenLocal.merge(local, 1, Integer::sum);
        ZoneOffset offset = offsets.size() > 1 && seen > 1 ? offsets.get(1) : offsets.get(0);
        return ZonedDateTime.ofLocal(local, UtilityTime.ZONE, offset).toInstant();
    }

    /** The most common positive step between consecutive readings, which must divide an hour. */
    private static Duration step(List<Reading> readings) {
        Map<Long, Integer> counts = new HashMap<>();
        List<Instant> times = readings.stream().map(Reading::start).distinct().sorted().toList();
        for (int i = 1; i < times.size(); i++) {
            long s = Duration.between(times.get(i - 1), times.get(i)).toSeconds();
            if (s > 0 && s <= 3600) {
                counts.merge(s, 1, Integer::sum);
            }
        }
        long seconds = counts.entrySet().stream().max(Map.Entry.<Long, Integer>comparingByValue()
                .thenComparing(Map.Entry.comparingByKey())).map(Map.Entry::getKey).orElse(3600L);
        if (seconds % 60 != 0 || 3600 % seconds != 0) {
            throw new InvalidInput("file", "the series steps by " + seconds + " s; a timed series steps by a whole "
                    + "number of minutes dividing an hour (1, 5, 10, 15, 20, 30 or 60)");
        }
        return Duration.ofSeconds(seconds);
    }

    private static String field(MeasurementFile.Line line, int column) {
        return column < line.fields().size() ? line.fields().get(column) : "";
    }

    private void reject(int line, String field, String reason) {
        rejectedRows++;
        errors.add(new Row(line, field, reason));
    }
}
