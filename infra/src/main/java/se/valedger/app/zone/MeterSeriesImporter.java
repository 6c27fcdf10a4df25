package se.valedger.app.zone;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoField;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.springframework.stereotype.Component;
import se.valedger.app.CommandSender;
import se.valedger.app.ReadYourWrites;
import se.valedger.app.Refusal;
import se.valedger.app.imports.CsvTable;
import se.valedger.app.imports.ImportDispatcher;
import se.valedger.app.imports.ImportHandling;
import se.valedger.app.imports.ImportProgress;
import se.valedger.app.imports.ImportReport;
import se.valedger.app.imports.ImportRow;
import se.valedger.app.imports.LastRowComplete;
import se.valedger.app.imports.Outcome;
import se.valedger.app.imports.TextLines;
import se.valedger.kernel.InvalidInput;
import se.valedger.kernel.MalformedFile;
import se.valedger.kernel.UtilityTime;
import se.valedger.zone.DayOutcome;
import se.valedger.zone.RecordMeterDay;
import se.valedger.zone.RecordMeterSeriesImport;
import se.valedger.zone.ZoneFlow;
import se.valedger.zone.ZoneView;

/**
 * {@code POST /api/imports/meter-series?zone=&meter=}: a flow meter's series (SCADA export, CSV: a time column and a
 * value column, ';', tab or ',' separated; or the first sheet of an xlsx workbook, {@link SpreadsheetRows}) becomes one {@link RecordMeterDay} per local day, carrying that day's
 * volumes per interval; the file's SHA-256 is on every day and on the closing {@link RecordMeterSeriesImport}.
 * <ul>
 * <li>Times mark the start of their interval: with an offset or {@code Z} they are instants; without, local time
 * (Europe/Stockholm, as SCADA exports are); the interval (5-60 minutes) is the most common step between rows unless
 * {@code interval} names it.</li>
 * <li>Values are volumes per interval ({@code unit=m3}) or rates ({@code m3/h}, {@code l/s}), from {@code unit}, else
 * from the header ({@code flöde (m3/h)}, {@code volym [m3]}, a bare {@code flow} is a rate in m3/h: noted).</li>
 * <li>Gaps are reported per day and stay gaps: never filled. A time given twice with different values leaves the
 * interval a gap and is an error; with the same value it is counted once (a warning).</li>
 * </ul>
 * Days go in date order, one after the other (a sequential run): they all land on the one zone aggregate.
 */
@Component
public class MeterSeriesImporter {

    public static final String KIND = "meter-series";
    private static final CsvTable.Format FORMAT = new CsvTable.Format(";\t,", true, false);
    private static final Set<String> TIME_NAMES = Set.of("datetime", "date_time", "time", "tid", "timestamp",
            "tidpunkt", "datum", "date", "datum_tid", "tidsstämpel");
    private static final Set<String> RATE_NAMES = Set.of("flow", "flöde", "flode", "rate", "q", "flow_rate");
    private static final Set<String> VOLUME_NAMES = Set.of("volume", "volym", "m3", "vol");
    private static final Set<Integer> INTERVALS = Set.of(5, 10, 15, 30, 60);
    private static final DateTimeFormatter LOCAL = new DateTimeFormatterBuilder()
            .appendPattern("yyyy-MM-dd")
            .optionalStart().appendLiteral('T').optionalEnd()
            .optionalStart().appendLiteral(' ').optionalEnd()
            .appendPattern("HH:mm")
            .optionalStart().appendPattern(":ss").optionalEnd()
            .optionalStart().appendFraction(ChronoField.NANO_OF_SECOND, 0, 9, true).optionalEnd()
            .toFormatter(Locale.ROOT);

    private final ImportDispatcher dispatcher;
    private final CommandSender commands;
    private final ZoneAnalysis zones;
    private final ReadYourWrites readYourWrites;

    MeterSeriesImporter(ImportDispatcher dispatcher, CommandSender commands, ZoneAnalysis zones,
                        ReadYourWrites readYourWrites) {
        this.dispatcher = dispatcher;
        this.commands = commands;
        this.zones = zones;
        this.readYourWrites = readYourWrites;
    }

    /** A unit of the values column, and how a value becomes the volume of one interval. */
    enum Unit {
        M3("m3"), M3_PER_HOUR("m3/h"), LITRES_PER_SECOND("l/s"), RUN_MINUTES("min");

        final String text;

        Unit(String text) {
            this.text = text;
        }

        /** The interval's volume; run minutes times the pump's capacity for a pumping station's run-time log. */
        double volume(double value, int intervalMinutes, Double pumpCapacityM3PerH) {
            return switch (this) {
                case M3 -> value;
                case M3_PER_HOUR -> value * intervalMinutes / 60.0;
                case LITRES_PER_SECOND -> value * 3.6 * intervalMinutes / 60.0;
                case RUN_MINUTES -> value / 60.0 * pumpCapacityM3PerH;
            };
        }

        static Unit of(String text) {
            if (text == null) {
                return null;
            }
            String t = text.strip().toLowerCase(Locale.ROOT).replace("³", "3").replace(" ", "");
            for (Unit unit : values()) {
                if (unit.text.equals(t)) {
                    return unit;
                }
            }
            return null;
        }
    }

    private record Reading(long line, Instant at, double value) {
    }

    public ImportReport importFile(String zoneId, String meterId, String fileName, String unitParam,
                                   Integer intervalParam, byte[] content, ImportProgress progress) {
        return importFile(zoneId, meterId, fileName, unitParam, intervalParam, null, content, progress);
    }

    /**
     * As above; {@code unit=min} reads a pumping station's run-time log (minutes the pump ran in each interval), each
     * interval's volume being the run time times {@code pumpCapacityM3PerH}.
     */
    public ImportReport importFile(String zoneId, String meterId, String fileName, String unitParam,
                                   Integer intervalParam, Double pumpCapacityM3PerH, byte[] content,
                                   ImportProgress progress) {
        if (zoneId == null || zoneId.isBlank()) {
            throw new InvalidInput("zone", "name the zone, e.g. ?zone=DMA-Lugnvik");
        }
        if (meterId == null || meterId.isBlank()) {
            throw new InvalidInput("meter", "name the meter, e.g. ?meter=FM-Lugnvik-in");
        }
        readYourWrites.awaitAggregate(ZoneAnalysis.GROUP, zoneId);
        ZoneView zone = zones.zone(zoneId);
        if (!zone.meters().contains(meterId)) {
            throw new InvalidInput("meter", "meter " + meterId + " is not an inflow or outflow meter of zone " + zoneId
                    + " (its meters: " + String.join(", ", zone.meters()) + ")");
        }
        if (intervalParam != null && !INTERVALS.contains(intervalParam)) {
            throw new InvalidInput("interval", "intervals are 5, 10, 15, 30 or 60 minutes, was " + intervalParam);
        }
        Unit unitGiven = unitParam == null || unitParam.isBlank() ? null : Unit.of(unitParam);
        if (unitParam != null && !unitParam.isBlank() && unitGiven == null) {
            throw new InvalidInput("unit", "unit is m3 (volume per interval), m3/h, l/s or min (pump run minutes per "
                    + "interval), was " + unitParam);
        }
        if (unitGiven == Unit.RUN_MINUTES && (pumpCapacityM3PerH == null || !Double.isFinite(pumpCapacityM3PerH)
                || pumpCapacityM3PerH <= 0 || pumpCapacityM3PerH > 100_000)) {
            throw new InvalidInput("pumpCapacityM3PerH", "a run-time log needs the pump's capacity, more than 0 and at "
                    + "most 100000 m3/h, e.g. &pumpCapacityM3PerH=120");
        }
        String sha256 = sha256(content);
        List<List<String>> rows = new ArrayList<>();
        List<Long> lines = new ArrayList<>();
        List<String> header;
        char delimiter;
        if (SpreadsheetRows.isXlsx(content)) {
            SpreadsheetRows sheet = SpreadsheetRows.read(content);
            header = sheet.header();
            rows.addAll(sheet.rows());
            lines.addAll(sheet.lines());
            delimiter = ';';
        } else {
            try (CsvTable table = CsvTable.open(TextLines.of(decode(content)), FORMAT)) {
                if (table.header() == null) {
                    throw new InvalidInput("file", "the file is empty; expected a header line (time;value) and one row "
                            + "per interval");
                }
                header = table.header().cells();
                delimiter = table.delimiter();
                table.rows(record -> {
                    rows.add(record.cells());
                    lines.add(record.line());
                });
            } catch (MalformedFile malformed) {
                throw new InvalidInput("file", malformed.getMessage());
            }
            if (!rows.isEmpty()) {
                String cut = LastRowComplete.cutShort(lines.get(lines.size() - 1), rows.get(rows.size() - 1).size(),
                        header.size());
                if (cut != null) {
                    throw new InvalidInput("file", cut);
                }
            }
        }
        List<String> names = header.stream().map(MeterSeriesImporter::normalise).toList();
        int timeColumn = 0;
        for (int i = 0; i < names.size(); i++) {
            if (TIME_NAMES.contains(names.get(i))) {
                timeColumn = i;
                break;
            }
        }
        int valueColumn = timeColumn == 0 ? 1 : 0;
        if (header.size() < 2) {
            throw new InvalidInput("file", "the header has " + header.size() + " column; expected a time and a value "
                    + "column, e.g. datetime;flow");
        }
        String timeName = header.get(timeColumn);
        String valueName = header.get(valueColumn);
        ImportDispatcher.Run run = dispatcher.sequential(KIND, HANDLING, progress);
        ImportReport report = run.report();
        Unit unit = unitGiven != null ? unitGiven : unitOf(valueName, report);

        List<Reading> readings = new ArrayList<>();
        List<Instant> times = new ArrayList<>();
        List<ImportReport.Row> refused = new ArrayList<>();
        boolean local = false;
        for (int r = 0; r < rows.size(); r++) {
            List<String> cells = rows.get(r);
            long line = lines.get(r);
            String rawTime = cell(cells, timeColumn);
            Instant at;
            try {
                at = OffsetDateTime.parse(rawTime.replace(' ', 'T')).toInstant();
            } catch (DateTimeParseException notOffset) {
                try {
                    at = LocalDateTime.parse(rawTime, LOCAL).atZone(UtilityTime.ZONE).toInstant();
                    local = true;
                } catch (DateTimeParseException e) {
                    refused.add(new ImportReport.Row(line, timeName, "'" + rawTime + "' is not a time like "
                            + "2024-03-01 13:00 or 2024-03-01T12:00:00Z"));
                    continue;
                }
            }
            times.add(at);
            String rawValue = cell(cells, valueColumn).replace("\u00A0", "").replace(" ", "");
            Double value;
            try {
                value = number(rawValue, delimiter);
            } catch (NumberFormatException e) {
                refused.add(new ImportReport.Row(line, valueName, "'" + rawValue + "' is not a number"));
                continue;
            }
            if (value == null) {
                refused.add(new ImportReport.Row(line, valueName, "no value at " + rawTime + "; the interval stays a "
                        + "gap"));
                continue;
            }
            if (value < 0) {
                refused.add(new ImportReport.Row(line, valueName, "a flow cannot be negative, was " + value
                        + "; the interval stays a gap"));
                continue;
            }
            readings.add(new Reading(line, at, value));
        }
        if (local) {
            report.note(lines.isEmpty() ? 0 : lines.get(0), timeName, "times without an offset are read as local time, "
                    + "Europe/Stockholm, each marking the start of its interval");
        }
        int interval = intervalParam != null ? intervalParam : intervalOf(times);
        Map<LocalDate, Double[]> values = new TreeMap<>();
        Map<LocalDate, Long> firstLine = new HashMap<>();
        Map<LocalDate, Long> rowsOfDay = new HashMap<>();
        Map<String, Reading> seen = new HashMap<>();
        for (Reading reading : readings) {
            LocalDate date = UtilityTime.dateOf(reading.at());
            long seconds = Duration.between(UtilityTime.startOfDay(date), reading.at()).toSeconds();
            if (seconds % (interval * 60L) != 0) {
                refused.add(new ImportReport.Row(reading.line(), timeName, reading.at() + " is not on the " + interval
                        + "-minute grid of the series"));
                continue;
            }
            int slot = (int) (seconds / (interval * 60L));
            Double[] day = values.computeIfAbsent(date, d -> new Double[ZoneFlow.slots(d, interval)]);
            if (unit == Unit.RUN_MINUTES && reading.value() > interval) {
                refused.add(new ImportReport.Row(reading.line(), valueName, "the pump cannot run " + reading.value()
                        + " minutes in a " + interval + "-minute interval; the interval stays a gap"));
                continue;
            }
            double volume = unit.volume(reading.value(), interval, pumpCapacityM3PerH);
            String key = reading.at().toString();
            Reading earlier = seen.get(key);
            if (earlier != null) {
                if (earlier.value() == reading.value()) {
                    report.warning(reading.line(), timeName, "repeats line " + earlier.line() + " with the same value; "
                            + "counted once");
                    rowsOfDay.merge(date, 1L, Long::sum);
                } else {
                    day[slot] = null;
                    refused.add(new ImportReport.Row(reading.line(), valueName, reading.at() + " is given twice with "
                            + "different values (lines " + earlier.line() + " and " + reading.line() + "); the "
                            + "interval is left a gap"));
                }
                continue;
            }
            seen.put(key, reading);
            day[slot] = volume;
            firstLine.merge(date, reading.line(), Math::min);
            rowsOfDay.merge(date, 1L, Long::sum);
        }
        progress.total(rows.size());
        run.refusedBeforeSending(refused.size(), refused);
        long gaps = 0;
        List<LocalDate> sent = new ArrayList<>();
        for (var entry : values.entrySet()) {
            Double[] day = entry.getValue();
            List<Integer> missing = new ArrayList<>();
            for (int i = 0; i < day.length; i++) {
                if (day[i] == null) {
                    missing.add(i);
                }
            }
            gaps += missing.size();
            if (!missing.isEmpty() && rowsOfDay.containsKey(entry.getKey())) {
                report.warning(firstLine.get(entry.getKey()), timeName, entry.getKey() + ": " + missing.size() + " of "
                        + day.length + " intervals have no value (from " + localTime(entry.getKey(), missing.get(0),
                        interval) + "); they stay gaps, never filled");
            }
        }
        long dayCount = values.keySet().stream().filter(rowsOfDay::containsKey).count();
        long totalGaps = gaps;
        run.readAll(submit -> values.forEach((date, day) -> {
            if (!rowsOfDay.containsKey(date)) {
                return;
            }
            sent.add(date);
            submit.accept(ImportRow.of(firstLine.get(date), new RecordMeterDay(zoneId, meterId, date, interval,
                    Collections.unmodifiableList(java.util.Arrays.asList(day.clone())), sha256,
                    "re-imported from " + (fileName == null ? "a meter-series file" : fileName) + " (sha256 "
                            + sha256.substring(0, 12) + ") with other values")).standingFor(rowsOfDay.get(date)));
        }));
        ImportReport finished = run.finish();
        finished.detail("zone", zoneId);
        finished.detail("meter", meterId);
        finished.detail("fileSha256", sha256);
        finished.detail("intervalMinutes", interval);
        finished.detail("unit", unit.text);
        if (unit == Unit.RUN_MINUTES) {
            finished.detail("pumpCapacityM3PerH", pumpCapacityM3PerH);
        }
        finished.detail("days", dayCount);
        finished.detail("gaps", totalGaps);
        if (!sent.isEmpty()) {
            commands.send(new RecordMeterSeriesImport(zoneId, meterId, sha256, fileName, rows.size(), sent.size(),
                    totalGaps, sent.get(0), sent.get(sent.size() - 1)), zoneId);
        }
        return finished;
    }

    private static String localTime(LocalDate date, int slot, int interval) {
        return UtilityTime.startOfDay(date).plus(Duration.ofMinutes((long) slot * interval)).atZone(UtilityTime.ZONE)
                .toLocalTime().toString();
    }

    private static Unit unitOf(String valueName, ImportReport report) {
        java.util.regex.Matcher bracket = java.util.regex.Pattern.compile("[\\(\\[](.*?)[\\)\\]]").matcher(valueName);
        if (bracket.find()) {
            Unit unit = Unit.of(bracket.group(1));
            if (unit == null) {
                throw new InvalidInput("unit", "the column " + valueName + " names a unit we do not know; use m3 (volume "
                        + "per interval), m3/h or l/s, or give ?unit=");
            }
            return unit;
        }
        String name = normalise(valueName);
        if (RATE_NAMES.contains(name)) {
            report.note(1, valueName, "the column names no unit: read as a rate in m3/h (give ?unit= to say otherwise)");
            return Unit.M3_PER_HOUR;
        }
        if (VOLUME_NAMES.contains(name)) {
            report.note(1, valueName, "the column names no unit: read as m3 per interval (give ?unit= to say otherwise)");
            return Unit.M3;
        }
        throw new InvalidInput("unit", "the column " + valueName + " says neither a volume nor a rate; give ?unit=m3, "
                + "m3/h or l/s, or a header like 'flöde (m3/h)'");
    }

    private static int intervalOf(List<Instant> all) {
        Map<Long, Integer> steps = new HashMap<>();
        List<Instant> times = all.stream().sorted().distinct().toList();
        for (int i = 1; i < times.size(); i++) {
            steps.merge(Duration.between(times.get(i - 1), times.get(i)).toSeconds(), 1, Integer::sum);
        }
        long step = steps.entrySet().stream().max(Map.Entry.<Long, Integer>comparingByValue()
                .thenComparing(Map.Entry.comparingByKey(java.util.Comparator.reverseOrder())))
                .map(Map.Entry::getKey).orElse(-1L);
        if (step < 0) {
            throw new InvalidInput("interval", "the file has fewer than two readings, so its interval cannot be seen; "
                    + "give ?interval=60 or 15");
        }
        if (step % 60 != 0 || !INTERVALS.contains((int) (step / 60))) {
            throw new InvalidInput("interval", "the most common step between readings is " + step + " s; series are "
                    + "5, 10, 15, 30 or 60 minutes");
        }
        return (int) (step / 60);
    }

    /** A number as exported: a decimal comma is taken when the file is not comma-separated; null when empty. */
    private static Double number(String raw, char delimiter) {
        if (raw.isEmpty()) {
            return null;
        }
        String value = raw;
        if (delimiter != ',' && value.contains(",")) {
            value = value.replace(".", "").replace(',', '.');
        }
        double parsed = Double.parseDouble(value);
        if (!Double.isFinite(parsed)) {
            throw new NumberFormatException("not a finite number");
        }
        return parsed;
    }

    private static String cell(List<String> cells, int index) {
        return index < cells.size() ? cells.get(index).strip() : "";
    }

    static String normalise(String name) {
        return name.replaceAll("[\\(\\[].*?[\\)\\]]", "").trim().toLowerCase(Locale.ROOT).replaceAll("[\\s-]+", "_");
    }

    private static String decode(byte[] content) {
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(content)).toString();
        } catch (CharacterCodingException e) {
            return new String(content, StandardCharsets.ISO_8859_1);
        }
    }

    static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }

    private static final ImportHandling HANDLING = new ImportHandling() {
        @Override
        public Outcome outcome(Object command, Object result) {
            return switch ((DayOutcome) result) {
                case CREATED -> Outcome.CREATED;
                case CORRECTED -> Outcome.CORRECTED;
                case UNCHANGED -> Outcome.UNCHANGED;
            };
        }

        @Override
        public ImportReport.Row describe(ImportRow row, Refusal refusal) {
            return switch (refusal.kind()) {
                case INVALID_FIELD -> new ImportReport.Row(row.line(), refusal.field(), refusal.detail());
                case RULE_VIOLATED -> new ImportReport.Row(row.line(), "row", refusal.detail());
                default -> new ImportReport.Row(row.line(), "row", "not recorded: " + refusal.detail());
            };
        }
    };
}
