package se.valedger.http.api.imports;

import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.nio.file.Files;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import se.valedger.app.imports.jobs.UploadSpool;
import se.valedger.app.imports.jobs.WholeFileImports;
import se.valedger.app.imports.leaks.LeaksCsvImporter;
import se.valedger.kernel.InvalidInput;

/**
 * {@code POST /api/imports/leaks-csv?source=LADWP}: historic leak repairs, as the raw body or multipart {@code file}.
 * The upload goes to disk and the import runs as a job ({@link ImportAnswers}).
 */
@RestController
@RequestMapping("/api/imports/leaks-csv")
class LeaksCsvImportController {

    private final LeaksCsvImporter importer;
    private final UploadSpool uploads;
    private final ImportAnswers answers;
    private final WholeFileImports wholeFiles;

    LeaksCsvImportController(LeaksCsvImporter importer, UploadSpool uploads, ImportAnswers answers, WholeFileImports wholeFiles) {
        this.wholeFiles = wholeFiles;
        this.importer = importer;
        this.uploads = uploads;
        this.answers = answers;
    }

    @PostMapping(consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @PreAuthorize("hasRole('ADMIN')")
    ResponseEntity<Object> upload(@RequestPart("file") MultipartFile file,
                                  @RequestParam(defaultValue = "LADWP") String source,
                                  @RequestParam(required = false) String pipeIdPrefix,
                                  HttpServletRequest request) throws IOException {
        return run(uploads.spool(file.getInputStream()), source, pipeIdPrefix, request);
    }

    @PostMapping
    @PreAuthorize("hasRole('ADMIN')")
    ResponseEntity<Object> raw(@RequestParam(defaultValue = "LADWP") String source,
                               @RequestParam(required = false) String pipeIdPrefix, HttpServletRequest request)
            throws IOException {
        return run(uploads.body(request), source, pipeIdPrefix, request);
    }

    private ResponseEntity<Object> run(UploadSpool.Spooled csv, String source, String pipeIdPrefix,
                                       HttpServletRequest request) {
        try (csv) {
            ImportAnswers.refuseProfileAndDryRun(request, "leaks-csv");
            if (csv.bytes() == 0) {
                throw new InvalidInput("file", "the body is empty; send the CSV file as the request body");
            }
            if (!source.matches("[A-Za-z0-9_.]{1,30}")) {
                throw new InvalidInput("source", "source is 1 to 30 letters, digits, '_' or '.'");
            }
            if (pipeIdPrefix != null && !pipeIdPrefix.matches("[A-Za-z0-9_.:-]{0,30}")) {
                throw new InvalidInput("pipeIdPrefix", "pipeIdPrefix is at most 30 letters, digits, '_', '.', ':' or '-'");
            }
            wholeFiles.requireFits("leaks-csv", csv);
            return answers.run("leaks-csv", csv.take(), request,
                    progress -> importer.importFile(Files.readAllBytes(csv.file()), source, pipeIdPrefix, progress));
        }
    }
}
