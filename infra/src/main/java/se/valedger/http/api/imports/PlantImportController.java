package se.valedger.http.api.imports;

import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.nio.file.Files;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import se.valedger.app.imports.jobs.UploadSpool;
import se.valedger.app.imports.jobs.WholeFileImports;
import se.valedger.app.imports.plant.PlantMeasurementImporter;
import se.valedger.kernel.InvalidInput;

/**
 * {@code POST /api/imports/plant-measurements?plant=goviken}: the CSV as the body, or as the multipart part "file".
 * The upload goes to disk and the import runs as a job ({@link ImportAnswers}).
 */
@RestController
class PlantImportController {

    private final PlantMeasurementImporter importer;
    private final UploadSpool uploads;
    private final ImportAnswers answers;
    private final WholeFileImports wholeFiles;

    PlantImportController(PlantMeasurementImporter importer, UploadSpool uploads, ImportAnswers answers, WholeFileImports wholeFiles) {
        this.wholeFiles = wholeFiles;
        this.importer = importer;
        this.uploads = uploads;
        this.answers = answers;
    }

    @PostMapping(path = "/api/imports/plant-measurements", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @PreAuthorize("hasAnyRole('ENGINEER', 'ADMIN')")
    ResponseEntity<Object> multipart(@RequestParam String plant, @RequestPart("file") MultipartFile file,
                                     @RequestParam(required = false) String flowValues,
                                     HttpServletRequest request) throws IOException {
        return run(plant, flowValues, uploads.spool(file.getInputStream()), request);
    }

    @PostMapping(path = "/api/imports/plant-measurements")
    @PreAuthorize("hasAnyRole('ENGINEER', 'ADMIN')")
    ResponseEntity<Object> body(@RequestParam String plant, @RequestParam(required = false) String flowValues,
                                HttpServletRequest request) throws IOException {
        return run(plant, flowValues, uploads.body(request), request);
    }

    private ResponseEntity<Object> run(String plant, String flowValues, UploadSpool.Spooled csv,
                                       HttpServletRequest request) {
        try (csv) {
            ImportAnswers.refuseProfileAndDryRun(request, "plant-measurements");
            if (csv.bytes() == 0) {
                throw new InvalidInput("file", "send the CSV export as the request body (text/csv) or as the part 'file'");
            }
            wholeFiles.requireFits("plant-measurements", csv);
            return answers.run("plant-measurements", csv.take(), request,
                    progress -> importer.importFile(plant, Files.readAllBytes(csv.file()), progress, flowValues));
        }
    }
}
