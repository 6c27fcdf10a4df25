package se.valedger.http.api.imports;

import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
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
import se.valedger.app.imports.xlsx.XlsxImports;
import se.valedger.kernel.InvalidInput;

/**
 * {@code POST /api/imports/xlsx?kind=pipes|leaks[&sheet=NAME]}: a workbook (multipart {@code file}, or the raw body)
 * read as the pipes-csv or leaks-csv of the same columns; ADMIN, as those two. POI reads the workbook whole, so it
 * takes at most {@code valedger.imports.max-whole-file}.
 */
@RestController
@RequestMapping("/api/imports/xlsx")
class XlsxImportController {

    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    static final Set<String> OPTIONS = Set.of("kind", "sheet", "fileName", "crs", "source", "pipeIdPrefix",
            "profile", "dryRun");

    private final XlsxImports imports;
    private final UploadSpool uploads;
    private final ImportAnswers answers;
    private final WholeFileImports wholeFiles;

    XlsxImportController(XlsxImports imports, UploadSpool uploads, ImportAnswers answers, WholeFileImports wholeFiles) {
        this.imports = imports;
        this.uploads = uploads;
        this.answers = answers;
        this.wholeFiles = wholeFiles;
    }

    @PostMapping(consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @PreAuthorize("hasRole('ADMIN')")
    ResponseEntity<Object> upload(@RequestPart("file") MultipartFile file, @RequestParam Map<String, String> options,
                                  HttpServletRequest request) throws IOException {
        checked(options);
        return run(uploads.spool(file.getInputStream()), file.getOriginalFilename(), options, request);
    }

    @PostMapping(consumes = {XLSX, MediaType.APPLICATION_OCTET_STREAM_VALUE})
    @PreAuthorize("hasRole('ADMIN')")
    ResponseEntity<Object> raw(@RequestParam Map<String, String> options, HttpServletRequest request) throws IOException {
        checked(options);
        return run(uploads.body(request), options.get("fileName"), options, request);
    }

    private static void checked(Map<String, String> options) {
        for (String name : options.keySet()) {
            if (!OPTIONS.contains(name)) {
                throw new InvalidInput(name, "unknown parameter '" + name + "'; known are " + OPTIONS.stream().sorted().toList());
            }
        }
        XlsxImports.checkKind(options.get("kind"));
        String source = options.get("source");
        if (source != null && !source.matches("[A-Za-z0-9_.]{1,30}")) {
            throw new InvalidInput("source", "source is 1 to 30 letters, digits, '_' or '.'");
        }
        String prefix = options.get("pipeIdPrefix");
        if (prefix != null && !prefix.matches("[A-Za-z0-9_.:-]{0,30}")) {
            throw new InvalidInput("pipeIdPrefix", "pipeIdPrefix is at most 30 letters, digits, '_', '.', ':' or '-'");
        }
        String sheet = options.get("sheet");
        if (sheet != null && (sheet.isBlank() || sheet.length() > 31 || sheet.chars().anyMatch(Character::isISOControl))) {
            throw new InvalidInput("sheet", "a sheet name is 1 to 31 printable characters");
        }
    }

    private ResponseEntity<Object> run(UploadSpool.Spooled file, String fileName, Map<String, String> options,
                                       HttpServletRequest request) {
        try (file) {
            if (file.bytes() == 0) {
                throw new InvalidInput("file", "the body is empty; send the .xlsx workbook");
            }
            wholeFiles.requireFits("xlsx", file);
            String name = fileName == null || fileName.isBlank() ? "upload.xlsx" : fileName.replaceAll("[\\p{Cntrl}]", "");
            Map<String, String> importOptions = new HashMap<>(options);
            String kind = importOptions.remove("kind");
            String sheet = importOptions.remove("sheet");
            importOptions.remove("fileName");
            return answers.run("xlsx", file.take(), request,
                    progress -> imports.importWorkbook(file.file(), kind, sheet, name, importOptions, progress));
        }
    }
}
