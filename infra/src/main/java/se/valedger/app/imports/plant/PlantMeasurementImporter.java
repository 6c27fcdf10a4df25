package se.valedger.app.imports.plant;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.axonframework.commandhandling.CommandExecutionException;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import se.valedger.app.imports.ImportProgress;
import se.valedger.app.imports.plant.ImportReport.RowError;
import se.valedger.kernel.InvalidInput;
import se.valedger.kernel.NotFound;
import se.valedger.kernel.RuleViolated;
import se.valedger.plant.MeasurementOutcome;
import se.valedger.plant.RecordPlantMeasurement;

/**
 * {@code POST /api/imports/plant-measurements}: a SCADA/LIMS export becomes one
 * {@link RecordPlantMeasurement} per day. Days go in date order, one after the other: they all
 * land on the one plant aggregate, so sending them in parallel would only make them collide.
 * Re-importing the same file changes nothing; a file with revised values corrects the days it revises.
 */
@Component
public class PlantMeasurementImporter {

    static final String KIND = "plant-measurements";
    static final String SOURCE = "import:" + KIND;

    private final CommandGateway commands;
    private final JdbcTemplate jdbc;

    PlantMeasurementImporter(CommandGateway commands, JdbcTemplate jdbc) {
        this.commands = commands;
        this.jdbc = jdbc;
    }

    public ImportReport importFile(String plantId, byte[] content) {
        return importFile(plantId, content, ImportProgress.NONE);
    }

    /** As above, telling the job its progress; cancelled, it stops between two days (rows not sent are not counted). */
    public ImportReport importFile(String plantId, byte[] content, ImportProgress progress) {
        if (plantId == null || plantId.isBlank()) {
            throw new InvalidInput("plant", "name the plant, e.g. ?plant=goviken");
        }
        if (!plantExists(plantId)) {
            throw new NotFound("No treatment plant with id " + plantId + " is registered");
        }
        DailySeries series = DailySeries.of(MeasurementFile.read(content));
        List<RowError> errors = new ArrayList<>(series.errors);
        int rejected = series.rejectedRows;
        int created = 0;
        int corrected = 0;
        int unchanged = 0;
        int notSent = 0;
        progress.total(series.rowsRead);
        int daysDone = 0;
        int rowsDone = 0;
        for (DailySeries.Day day : series.days) {
            if (progress.cancelRequested()) {
                notSent = series.days.subList(daysDone, series.days.size()).stream().mapToInt(DailySeries.Day::rows).sum();
                break;
            }
            daysDone++;
            rowsDone += day.rows();
            RecordPlantMeasurement command = new RecordPlantMeasurement(plantId, day.date(), day.inflowM3(),
                    day.bod7Kg(), day.totalPhosphorusKg(), day.totalNitrogenKg(), day.precipitationMm(), SOURCE,
                    "re-imported from a " + KIND + " file with other values");
            try {
                MeasurementOutcome outcome = commands.sendAndWait(command);
                switch (outcome) {
                    case CREATED -> created++;
                    case CORRECTED -> corrected++;
                    case UNCHANGED -> unchanged++;
                }
            } catch (InvalidInput e) {
                rejected += day.rows();
                errors.add(new RowError(day.firstLine(), e.field(), e.reason()));
            } catch (RuleViolated e) {
                rejected += day.rows();
                errors.add(new RowError(day.firstLine(), "row", e.reason()));
            } catch (CommandExecutionException e) {
                rejected += day.rows();
                errors.add(new RowError(day.firstLine(), "row", e.getCause() instanceof InvalidInput invalid
                        ? invalid.reason() : "not recorded: " + e.getMessage()));
            }
            progress.rows(rowsDone + series.rejectedRows, rowsDone - (rejected - series.rejectedRows), rejected);
        }
        errors.sort(Comparator.comparingInt(RowError::line));
        int read = series.rowsRead - notSent;
        return new ImportReport(KIND, read, read - rejected, rejected, created, corrected, unchanged, errors);
    }

    private boolean plantExists(String plantId) {
        Boolean exists = jdbc.queryForObject("""
                SELECT EXISTS (SELECT 1 FROM event_store.domain_event WHERE aggregate_identifier = ?
                    AND sequence_number = 0 AND payload_type = 'se.valedger.plant.TreatmentPlantRegistered')""",
                Boolean.class, plantId);
        return Boolean.TRUE.equals(exists);
    }
}
