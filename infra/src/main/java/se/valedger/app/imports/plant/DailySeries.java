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

    record Day(LocalDate date, int firstLine, int rows, Double inflowM3, Double bod7Kg, Double totalPhosphorusKg,
               Double totalNitrogenKg, Double precipitationMm) {
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
        Columns columns = Columns.of(file.header);
        boolean hourly = !file.rows.isEmpty() && isDateTime(field(file.rows.get(0), columns.time()));
        DailySeries series = new DailySeries(hourly, file.rows.size());
        if (hourly) {
            if (columns.inflow() < 0 || columns.bod7() >= 0 || columns.phosphorus() >= 0 || columns.nitrogen() >= 0
                    || columns.precipitation() >= 0) {
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
                days.add(new Day(date, firstLine.get(date), rows, volume, null, null, null, null));
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
        for (MeasurementFile.Line line : file.rows) {
            LocalDate date;
            try {
                date = LocalDate.parse(field(line, columns.time()));
            } catch (DateTimeParseException e) {
                reject(line.number(), timeName, "'" + field(line, columns.time()) + "' is not a date like 2024-03-01");
                continue;
            }
            try {
                days.add(new Day(date, line.number(), 1,
                        value(file, line, columns.inflow()), value(file, line, columns.bod7()),
                        value(file, line, columns.phosphorus()), value(file, line, columns.nitrogen()),
                        value(file, line, columns.precipitation())));
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
