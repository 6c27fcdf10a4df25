package se.valedger.http.api.zone;

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
import se.valedger.app.zone.MeterSeriesImporter;
import se.valedger.http.api.imports.ImportAnswers;
import se.valedger.kernel.InvalidInput;

/**
 * {@code POST /api/imports/meter-series?zone={id}&meter={meterId}[&unit=m3|m3/h|l/s|min][&pumpCapacityM3PerH=]
 * [&interval=15][&fileName=]}: a
 * meter's series as the CSV body or the multipart part "file"; runs as an import job ({@link ImportAnswers}).
 */
@RestController
class MeterSeriesImportController {

    private final MeterSeriesImporter importer;
    private final UploadSpool uploads;
    private final ImportAnswers answers;
    private final WholeFileImports wholeFiles;

    MeterSeriesImportController(MeterSeriesImporter importer, UploadSpool uploads, ImportAnswers answers,
                                WholeFileImports wholeFiles) {
        this.importer = importer;
        this.uploads = uploads;
        this.answers = answers;
        this.wholeFiles = wholeFiles;
    }

    @PostMapping(path = "/api/imports/meter-series", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @PreAuthorize("hasAnyRole('ENGINEER', 'ADMIN')")
    ResponseEntity<Object> multipart(@RequestParam String zone, @RequestParam String meter,
                                     @RequestParam(required = false) String unit,
                                     @RequestParam(required = false) Integer interval,
                                     @RequestParam(required = false) Double pumpCapacityM3PerH,
                                     @RequestPart("file") MultipartFile file, HttpServletRequest request)
            throws IOException {
        return run(zone, meter, unit, interval, pumpCapacityM3PerH, file.getOriginalFilename(),
                uploads.spool(file.getInputStream()), request);
    }

    @PostMapping(path = "/api/imports/meter-series")
    @PreAuthorize("hasAnyRole('ENGINEER', 'ADMIN')")
    ResponseEntity<Object> body(@RequestParam String zone, @RequestParam String meter,
                                @RequestParam(required = false) String unit,
                                @RequestParam(required = false) Integer interval,
                                @RequestParam(required = false) Double pumpCapacityM3PerH,
                                @RequestParam(required = false) String fileName, HttpServletRequest request)
            throws IOException {
        return run(zone, meter, unit, interval, pumpCapacityM3PerH, fileName, uploads.body(request), request);
    }

    private ResponseEntity<Object> run(String zone, String meter, String unit, Integer interval, Double capacity,
                                       String fileName, UploadSpool.Spooled csv, HttpServletRequest request) {
        try (csv) {
            if (csv.bytes() == 0) {
                throw new InvalidInput("file", "send the meter series as the request body (text/csv) or as the part "
                        + "'file'");
            }
            wholeFiles.requireFits(MeterSeriesImporter.KIND, csv);
            return answers.run(MeterSeriesImporter.KIND, csv.take(), request, progress -> importer.importFile(zone,
                    meter, fileName, unit, interval, capacity, Files.readAllBytes(csv.file()), progress));
        }
    }
}
