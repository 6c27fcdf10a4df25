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
import se.valedger.app.imports.en13508.En13508Importer;
import se.valedger.app.imports.en13508.En13508Options;
import se.valedger.app.imports.jobs.UploadSpool;
import se.valedger.app.imports.jobs.WholeFileImports;
import se.valedger.kernel.InvalidInput;
import se.valedger.pipe.NetworkKind;

/**
 * {@code POST /api/imports/en13508}: a CCTV export as the raw body or as the multipart part {@code file}. The
 * upload goes to disk and the import runs as a job ({@link ImportAnswers}).
 */
@RestController
@RequestMapping("/api/imports/en13508")
class En13508ImportController {

    /**
     * Importing a CCTV survey's inspections is an engineer's daily work; registering the pipes it names
     * ({@code registerPipes=true}) changes the register in bulk, which is an administrator's (README, role matrix).
     */
    static final String INSPECTIONS_BY_ENGINEERS_PIPES_BY_ADMINISTRATORS =
            "hasRole('ADMIN') or (hasRole('ENGINEER') and !#registerPipes)";

    private final En13508Importer importer;
    private final UploadSpool uploads;
    private final ImportAnswers answers;
    private final WholeFileImports wholeFiles;

    En13508ImportController(En13508Importer importer, UploadSpool uploads, ImportAnswers answers, WholeFileImports wholeFiles) {
        this.wholeFiles = wholeFiles;
        this.importer = importer;
        this.uploads = uploads;
        this.answers = answers;
    }

    @PostMapping(consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @PreAuthorize(INSPECTIONS_BY_ENGINEERS_PIPES_BY_ADMINISTRATORS)
    ResponseEntity<Object> upload(@RequestPart("file") MultipartFile file,
                                  @RequestParam(defaultValue = "false") boolean registerPipes,
                                  @RequestParam(required = false) NetworkKind networkKind,
                                  @RequestParam(required = false) Integer defaultInstallationYear,
                                  @RequestParam(defaultValue = "") String idPrefix,
                                  @RequestParam(required = false) String materialCodes,
                                  HttpServletRequest request) throws IOException {
        return run(uploads.spool(file.getInputStream()),
                new En13508Options(registerPipes, networkKind, defaultInstallationYear, idPrefix, materialCodes), request);
    }

    @PostMapping
    @PreAuthorize(INSPECTIONS_BY_ENGINEERS_PIPES_BY_ADMINISTRATORS)
    ResponseEntity<Object> raw(@RequestParam(defaultValue = "false") boolean registerPipes,
                               @RequestParam(required = false) NetworkKind networkKind,
                               @RequestParam(required = false) Integer defaultInstallationYear,
                               @RequestParam(defaultValue = "") String idPrefix,
                               @RequestParam(required = false) String materialCodes,
                               HttpServletRequest request) throws IOException {
        return run(uploads.body(request),
                new En13508Options(registerPipes, networkKind, defaultInstallationYear, idPrefix, materialCodes), request);
    }

    private ResponseEntity<Object> run(UploadSpool.Spooled file, En13508Options options, HttpServletRequest request) {
        try (file) {
            ImportAnswers.refuseProfileAndDryRun(request, "en13508");
            if (file.bytes() == 0) {
                throw new InvalidInput("file", "the body is empty; send the EN 13508-2 file as the request body");
            }
            wholeFiles.requireFits("en13508", file);
            return answers.run("en13508", file.take(), request,
                    progress -> importer.importFile(Files.readAllBytes(file.file()), options, progress));
        }
    }
}
