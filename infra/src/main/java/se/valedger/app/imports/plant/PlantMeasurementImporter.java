package se.valedger.app.imports.plant;

import org.springframework.stereotype.Component;
import se.valedger.app.EventLog;
import se.valedger.app.Refusal;
import se.valedger.app.imports.ImportDispatcher;
import se.valedger.app.imports.ImportHandling;
import se.valedger.app.imports.ImportProgress;
import se.valedger.app.imports.ImportReport;
import se.valedger.app.imports.ImportRow;
import se.valedger.app.imports.Outcome;
import se.valedger.kernel.InvalidInput;
import se.valedger.kernel.NotFound;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import se.valedger.plant.LabParameter;
import se.valedger.plant.LabSampleRecorded;
import se.valedger.plant.LabUnit;
import se.valedger.plant.MeasurementOutcome;
import se.valedger.plant.RecordLabSample;
import se.valedger.plant.SampleKind;
import se.valedger.plant.SampleValue;
import se.valedger.plant.RecordPlantMeasurement;
import se.valedger.plant.TreatmentPlantRegistered;

/**
 * {@code POST /api/imports/plant-measurements}: a SCADA/LIMS export becomes one {@link RecordPlantMeasurement}
 * per day. Days go in date order, one after the other (a sequential run of the dispatcher): they all land on the
 * one plant aggregate, so sending them in parallel would only make them collide. Re-importing the same file
 * changes nothing; a file with revised values corrects the days it revises. {@code rowsRead}, {@code accepted}
 * and {@code rejected} count the file's data rows (hours or days); {@code created}, {@code corrected} and
 * {@code unchanged} count daily measurements.
 */
@Component
public class PlantMeasurementImporter {

    static final String KIND = "plant-measurements";
    static final String SOURCE = "import:" + KIND;

    private final ImportDispatcher dispatcher;
    private final EventLog events;

    PlantMeasurementImporter(ImportDispatcher dispatcher, EventLog events) {
        this.dispatcher = dispatcher;
        this.events = events;
    }

    public ImportReport importFile(String plantId, byte[] content) {
        return importFile(plantId, content, ImportProgress.NONE);
    }

    /** As above, telling the job its progress; cancelled, it stops between two days (rows not sent are not counted). */
    public ImportReport importFile(String plantId, byte[] content, ImportProgress progress) {
        return importFile(plantId, content, progress, null);
    }

    /**
     * As above; {@code flowValues} ({@code volume} or {@code rate}, optional) says what a timed series' flow values
     * are when the column's unit does not.
     */
    public ImportReport importFile(String plantId, byte[] content, ImportProgress progress, String flowValues) {
        IntervalSeries.Values said = flowValues == null || flowValues.isBlank() ? null
                : switch (flowValues.strip().toLowerCase(java.util.Locale.ROOT)) {
                    case "volume" -> IntervalSeries.Values.VOLUME;
                    case "rate" -> IntervalSeries.Values.RATE;
                    default -> throw new InvalidInput("flowValues", "flowValues is volume (m3 per interval) or rate "
                            + "(m3/h), was " + flowValues);
                };
        if (plantId == null || plantId.isBlank()) {
            throw new InvalidInput("plant", "name the plant, e.g. ?plant=goviken");
        }
        if (!events.startedWith(plantId, TreatmentPlantRegistered.class)) {
            throw new NotFound("No treatment plant with id " + plantId + " is registered");
        }
        MeasurementFile file = MeasurementFile.read(content);
        DailySeries series = DailySeries.of(file, said);
        Map<LabParameter, String> labColumns = new EnumMap<>(LabParameter.class);
        Columns.of(file.header, file.units).lab().forEach(c -> labColumns.put(c.parameter(), c.name()));
        progress.total(series.rowsRead);
        ImportDispatcher.Run run = dispatcher.sequential(KIND, handling(labColumns), progress);
        run.refusedBeforeSending(series.rejectedRows, series.errors);
        run.readAll(submit -> series.days.forEach(day -> submit.accept(row(plantId, day, labColumns))));
        ImportReport report = run.finish();
        report.detail("conversions", conversions(file, series));
        return report;
    }

    /**
     * A day's commands: its flow and precipitation as the day's measurement, its lab values as a 24-hour composite
     * sample of the calendar day, with the day's inflow (a concentration without that inflow is refused here).
     */
    private static ImportRow row(String plantId, DailySeries.Day day, Map<LabParameter, String> labColumns) {
        List<Object> commands = new ArrayList<>();
        if (day.inflowM3() != null || day.precipitationMm() != null) {
            commands.add(new RecordPlantMeasurement(plantId, day.date(), day.inflowM3(), null, null, null,
                    day.precipitationMm(), SOURCE, "re-imported from a " + KIND + " file with other values",
                    day.peakHourM3(), day.peakHourStart(), day.hours()));
        }
        if (!day.lab().isEmpty()) {
            for (SampleValue v : day.lab()) {
                if (v.unit() == LabUnit.MG_PER_L && day.inflowM3() == null) {
                    return ImportRow.refused(day.firstLine(), labColumns.get(v.parameter()), v.parameter()
                            + " is a concentration (mg/l) and the row has no inflow of the day; a concentration becomes a "
                            + "load only with the flow of the same period");
                }
            }
            commands.add(new RecordLabSample(plantId, null, SampleKind.DAILY_COMPOSITE, day.date(), null, null,
                    day.inflowM3(), day.lab(), SOURCE));
        }
        ImportRow row = ImportRow.of(day.firstLine(), commands.get(0));
        for (Object next : commands.subList(1, commands.size())) {
            row = row.then(next);
        }
        List<ImportReport.Row> warnings = day.warnings();
        return row.standingFor(day.rows()).whenStored(report -> warnings.forEach(
                w -> report.warning(w.line(), w.field(), w.reason())));
    }

    /** What the import read each column as, so no unit is converted or defaulted silently. */
    private static Map<String, String> conversions(MeasurementFile file, DailySeries series) {
        Map<String, String> read = new java.util.LinkedHashMap<>();
        Columns columns = Columns.of(file.header, file.units);
        for (Columns.LabColumn c : columns.lab()) {
            read.put(c.name(), c.unit() == LabUnit.MG_PER_L
                    ? c.parameter() + " in mg/l, a load only with the row's inflow: kg/d = mg/l x m3/d / 1000; "
                    + "the row's lab values are one 24-hour composite sample of the calendar day"
                    : c.parameter() + " in kg/d as given; the row's lab values are one 24-hour composite sample of the "
                    + "calendar day");
        }
        if (columns.inflow() >= 0) {
            String name = file.header.get(columns.inflow());
            read.put(name, series.interval == null ? "inflow of the day, m3"
                    : "inflow per " + series.interval.toMinutes() + " minutes, summed per calendar day (Europe/Stockholm)"
                    + " with the day's peak clock hour kept");
        }
        return read;
    }

    private static ImportHandling handling(Map<LabParameter, String> labColumns) {
        return new ImportHandling() {
            @Override
            public Outcome outcome(Object command, Object result) {
                if (result instanceof LabSampleRecorded) {
                    return Outcome.CREATED;
                }
                return HANDLING.outcome(command, result);
            }

            @Override
            public ImportReport.Row describe(ImportRow row, Refusal refusal) {
                String field = refusal.field();
                if (field != null && field.startsWith("values.")) {
                    LabParameter p = LabParameter.named(field.substring(7).split("\\.")[0]);
                    return new ImportReport.Row(row.line(), labColumns.getOrDefault(p, field), refusal.detail());
                }
                if (refusal.kind() == Refusal.Kind.RULE_VIOLATED && refusal.detail().indexOf(':') > 0) {
                    LabParameter p = LabParameter.named(refusal.detail().substring(0, refusal.detail().indexOf(':')));
                    if (p != null && labColumns.containsKey(p)) {
                        return new ImportReport.Row(row.line(), labColumns.get(p), refusal.detail());
                    }
                }
                return HANDLING.describe(row, refusal);
            }
        };
    }

    private static final ImportHandling HANDLING = new ImportHandling() {
        @Override
        public Outcome outcome(Object command, Object result) {
            return switch ((MeasurementOutcome) result) {
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
