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
import se.valedger.plant.MeasurementOutcome;
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
        if (plantId == null || plantId.isBlank()) {
            throw new InvalidInput("plant", "name the plant, e.g. ?plant=goviken");
        }
        if (!events.startedWith(plantId, TreatmentPlantRegistered.class)) {
            throw new NotFound("No treatment plant with id " + plantId + " is registered");
        }
        DailySeries series = DailySeries.of(MeasurementFile.read(content));
        progress.total(series.rowsRead);
        ImportDispatcher.Run run = dispatcher.sequential(KIND, HANDLING, progress);
        run.refusedBeforeSending(series.rejectedRows, series.errors);
        run.readAll(submit -> series.days.forEach(day -> submit.accept(ImportRow.of(day.firstLine(),
                new RecordPlantMeasurement(plantId, day.date(), day.inflowM3(), day.bod7Kg(), day.totalPhosphorusKg(),
                        day.totalNitrogenKg(), day.precipitationMm(), SOURCE,
                        "re-imported from a " + KIND + " file with other values")).standingFor(day.rows()))));
        return run.finish();
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
