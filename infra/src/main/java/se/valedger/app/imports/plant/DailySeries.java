package se.valedger.app.imports.plant;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import se.valedger.app.imports.ImportReport.Row;
import se.valedger.kernel.InvalidInput;
import se.valedger.plant.SampleValue;

/**
 * A measurement file turned into days. A daily series gives one day per row. A timed flow series (hourly or finer,
 * {@link IntervalSeries}) is summed per calendar day of the utility, and a day becomes a measurement only when all
 * its intervals are there (24 hours, 23 or 25 on daylight-saving days): a partial day (an outage, or the first and
 * last day of an export) would understate the day's inflow, so its rows are rejected with one error naming the day,
 * the intervals present and the volume left out.
 */
final class DailySeries {

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
    /** The step of a timed series; null for a daily one. */
    java.time.Duration interval;

    private DailySeries(boolean hourly, int rowsRead) {
        this.hourly = hourly;
        this.rowsRead = rowsRead;
    }

    static DailySeries of(MeasurementFile file) {
        return of(file, null);
    }

    /** {@code said}: what the request says a timed series' values are (null: the column's unit, or hourly m3). */
    static DailySeries of(MeasurementFile file, IntervalSeries.Values said) {
        Columns columns = Columns.of(file.header, file.units);
        boolean hourly = !file.rows.isEmpty() && isDateTime(field(file.rows.get(0), columns.time()));
        DailySeries series = new DailySeries(hourly, file.rows.size());
        if (hourly) {
            if (columns.inflow() < 0 || !columns.lab().isEmpty() || columns.precipitation() >= 0) {
                throw new InvalidInput("file", "an hourly series carries inflow only (m3 per hour); send lab values "
                        + "and precipitation as a daily series. Header was " + file.header);
            }
            series.timed(file, columns, said);
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

    private void timed(MeasurementFile file, Columns columns, IntervalSeries.Values said) {
        IntervalSeries timed = IntervalSeries.of(file, columns, said);
        errors.addAll(timed.errors);
        rejectedRows += timed.rejectedRows;
        interval = timed.interval;
        for (IntervalSeries.Day d : timed.days) {
            days.add(new Day(d.date(), d.firstLine(), d.rows(), d.volumeM3(), null, List.of(), List.of(),
                    d.peakHourM3(), d.peakHourStart(), d.hours()));
        }
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
