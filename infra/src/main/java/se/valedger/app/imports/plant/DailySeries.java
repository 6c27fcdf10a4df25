package se.valedger.app.imports.plant;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoField;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import se.valedger.app.imports.ImportReport.Row;
import se.valedger.kernel.InvalidInput;
import se.valedger.plant.SampleValue;

/**
 * A measurement file turned into days. A daily series gives one day per row. An hourly flow series
 * (m3 in each hour, timestamps marking the hour's start on the plant's clock) is summed per
 * calendar day, and a day becomes a measurement only when all 24 of its hours are there: a partial
 * day (an outage, or the first and last day of an export) would understate the day's inflow, so its
 * hours are rejected with one error naming the day, the hours present and the volume left out.
 */
final class DailySeries {

    static final int HOURS_PER_DAY = 24;
    private static final DateTimeFormatter DATE_TIME = new DateTimeFormatterBuilder()
            .appendPattern("yyyy-MM-dd")
            .optionalStart().appendLiteral('T').optionalEnd()
            .optionalStart().appendLiteral(' ').optionalEnd()
            .appendPattern("HH:mm")
            .optionalStart().appendPattern(":ss").optionalEnd()
            .optionalStart().appendFraction(ChronoField.NANO_OF_SECOND, 0, 9, true).optionalEnd()
            .toFormatter(Locale.ROOT);

    /** A day of the file: its flow and precipitation, and its lab values (a 24-hour composite of the day) if any. */
    record Day(LocalDate date, int firstLine, int rows, Double inflowM3, Double precipitationMm,
               List<SampleValue> lab, List<Row> warnings, Double peakHourM3, java.time.Instant peakHourStart,
               Integer hours) {
    }

    final boolean hourly;
    final int rowsRead;
    final List<Day> days = new ArrayList<>();
    final List<Row> errors = new ArrayList<>();
    int rejectedRows;

    private DailySeries(boolean hourly, int rowsRead) {
        this.hourly = hourly;
        this.rowsRead = rowsRead;
    }

    static DailySeries of(MeasurementFile file) {
        Columns columns = Columns.of(file.header, file.units);
        boolean hourly = !file.rows.isEmpty() && isDateTime(field(file.rows.get(0), columns.time()));
        DailySeries series = new DailySeries(hourly, file.rows.size());
        if (hourly) {
            if (columns.inflow() < 0 || !columns.lab().isEmpty() || columns.precipitation() >= 0) {
                throw new InvalidInput("file", "an hourly series carries inflow only (m3 per hour); send lab values "
                        + "and precipitation as a daily series. Header was " + file.header);
            }
            series.hours(file, columns);
        } else {
            series.dailyRows(file, columns);
        }
        return series;
    }

    private static boolean isDateTime(String value) {
        return value.contains(":");
    }

    private static String field(MeasurementFile.Line line, int column) {
        return column < line.fields().size() ? line.fields().get(column) : "";
    }

    private void hours(MeasurementFile file, Columns columns) {
        String timeName = file.header.get(columns.time());
        String flowName = file.header.get(columns.inflow());
        record Hour(int line, double m3) {
        }
        Map<LocalDate, Map<Integer, Hour>> byDay = new TreeMap<>();
        Map<LocalDate, Integer> firstLine = new HashMap<>();
        Map<LocalDate, Integer> rowsOfDay = new HashMap<>();
        java.util.Set<LocalDate> conflicting = new java.util.HashSet<>();
        for (MeasurementFile.Line line : file.rows) {
            LocalDateTime time;
            try {
                time = LocalDateTime.parse(field(line, columns.time()), DATE_TIME);
            } catch (DateTimeParseException e) {
                reject(line.number(), timeName, "'" + field(line, columns.time())
                        + "' is not a date and hour like 2024-03-01 13:00:00");
                continue;
            }
            LocalDate date = time.toLocalDate();
            firstLine.merge(date, line.number(), Math::min);
            rowsOfDay.merge(date, 1, Integer::sum);
            Map<Integer, Hour> hours = byDay.computeIfAbsent(date, d -> new TreeMap<>());
            if (time.getMinute() != 0 || time.getSecond() != 0 || time.getNano() != 0) {
                errors.add(new Row(line.number(), timeName, time + " is not on the hour; hourly series only"));
                continue;
            }
            Double m3;
            try {
                m3 = file.number(field(line, columns.inflow()));
            } catch (NumberFormatException e) {
                errors.add(new Row(line.number(), flowName, "'" + field(line, columns.inflow()) + "' is not a number"));
                continue;
            }
            if (m3 == null || m3 < 0) {
                errors.add(new Row(line.number(), flowName, m3 == null ? "no flow for " + time
                        : "flow cannot be negative, was " + m3));
                continue;
            }
            Hour earlier = hours.get(time.getHour());
            if (earlier != null) {
                if (earlier.m3() == m3) {
                    errors.add(new Row(line.number(), timeName, time + " repeats line " + earlier.line()
                            + " with the same flow; counted once"));
                } else {
                    conflicting.add(date);
                    errors.add(new Row(line.number(), flowName, time + " is given twice with different flows "
                            + "(lines " + earlier.line() + " and " + line.number() + "); the day is not imported"));
                }
                continue;
            }
            hours.put(time.getHour(), new Hour(line.number(), m3));
        }
        byDay.forEach((date, hours) -> {
            double volume = hours.values().stream().mapToDouble(Hour::m3).sum();
            int rows = rowsOfDay.get(date);
            if (hours.size() == HOURS_PER_DAY && !conflicting.contains(date)) {
                Map.Entry<Integer, Hour> peak = hours.entrySet().stream()
                        .max(java.util.Comparator.comparingDouble((Map.Entry<Integer, Hour> h) -> h.getValue().m3())
                                .thenComparing(Map.Entry::getKey, java.util.Comparator.reverseOrder()))
                        .orElseThrow();
                days.add(new Day(date, firstLine.get(date), rows, volume, null, List.of(), List.of(),
                        peak.getValue().m3(), date.atTime(peak.getKey(), 0).atZone(se.valedger.kernel.UtilityTime.ZONE)
                                .toInstant(), HOURS_PER_DAY));
            } else {
                rejectedRows += rows;
                if (!conflicting.contains(date)) {
                    errors.add(new Row(firstLine.get(date), timeName, date + " has " + hours.size() + " of 24 hours; "
                            + "a day is imported only when complete, so its " + String.format(Locale.ROOT, "%.1f", volume)
                            + " m3 are not recorded"));
                }
            }
        });
    }

    private void dailyRows(MeasurementFile file, Columns columns) {
        String timeName = file.header.get(columns.time());
        if (columns.inflow() >= 0) {
            String unit = file.units.get(columns.inflow());
            if (unit != null && !List.of("m3", "m3/d", "m3/dygn", "m³/d", "m³").contains(unit.toLowerCase(Locale.ROOT))) {
                throw new InvalidInput(file.header.get(columns.inflow()), "line 1: a daily series gives the day's inflow "
                        + "in m3 (m3/d); the unit [" + unit + "] is not that");
            }
        }
        for (MeasurementFile.Line line : file.rows) {
            LocalDate date;
            try {
                date = Dates.parse(field(line, columns.time()));
            } catch (DateTimeParseException e) {
                reject(line.number(), timeName, "'" + field(line, columns.time())
                        + "' is not a date like 2024-03-01 or 1.3.2024");
                continue;
            }
            try {
                List<SampleValue> lab = new ArrayList<>();
                List<Row> warnings = new ArrayList<>();
                for (Columns.LabColumn c : columns.lab()) {
                    Double v = value(file, line, c.index());
                    if (v != null) {
                        lab.add(new SampleValue(c.parameter(), v, c.unit()));
                    }
                }
                for (Columns.LabColumn c : columns.lab()) {
                    String raw = field(line, c.index());
                    if (MeasurementFile.missing(raw) && (!lab.isEmpty() || raw.trim().equals("?"))) {
                        warnings.add(new Row(line.number(), c.name(), c.parameter() + " is missing ('" + raw.trim()
                                + "'); the row's other values are recorded"));
                    }
                }
                Double inflow = value(file, line, columns.inflow());
                Double precipitation = value(file, line, columns.precipitation());
                if (inflow == null && precipitation == null && lab.isEmpty()) {
                    reject(line.number(), timeName, date + " has no value (every measurement cell is empty or '?')");
                    continue;
                }
                days.add(new Day(date, line.number(), 1, inflow, precipitation, List.copyOf(lab), List.copyOf(warnings),
                        null, null, null));
            } catch (BadValue e) {
                reject(line.number(), e.column, e.getMessage());
            }
        }
        days.sort(java.util.Comparator.comparing(Day::date));
    }

    private static Double value(MeasurementFile file, MeasurementFile.Line line, int column) {
        if (column < 0) {
            return null;
        }
        String raw = field(line, column);
        try {
            return file.number(raw);
        } catch (NumberFormatException e) {
            throw new BadValue(file.header.get(column), "'" + raw + "' is not a number");
        }
    }

    private void reject(int line, String field, String reason) {
        rejectedRows++;
        errors.add(new Row(line, field, reason));
    }

    private static final class BadValue extends RuntimeException {
        final String column;

        BadValue(String column, String message) {
            super(message, null, false, false);
            this.column = column;
        }
    }
}
