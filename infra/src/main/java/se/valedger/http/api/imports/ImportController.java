package se.valedger.http.api.imports;

import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import se.valedger.app.imports.EpanetFile;
import se.valedger.app.imports.ImportDispatcher;
import se.valedger.app.imports.ImportProgress;
import se.valedger.app.imports.ImportReport;
import se.valedger.app.imports.PipeAttributesCsv;
import se.valedger.app.imports.PipeImportHandling;
import se.valedger.app.imports.PipesCsvFile;
import se.valedger.app.imports.Vocabulary;
import se.valedger.app.imports.jobs.UploadSpool;
import se.valedger.kernel.InvalidInput;
import se.valedger.kernel.UtilityTime;
import se.valedger.pipe.NetworkKind;

/**
 * {@code POST /api/imports/epanet} and {@code /api/imports/pipes-csv}: a multipart upload (part {@code file},
 * for EPANET optionally {@code attributes}) or the file as the raw body. Answers an {@link ImportReport}.
 */
@RestController
@RequestMapping("/api/imports")
@PreAuthorize("hasRole('ADMIN')")
class ImportController {

    /**
     * Installation year given to imported pipes whose file does not say (EPANET never does): most of
     * a Swedish municipal network was laid 1950-1980, so its middle is the least wrong single guess.
     */
    static final int DEFAULT_INSTALLATION_YEAR = 1970;
    /** EPANET coordinates are the modeller's drawing units, not a known CRS. */
    static final String EPANET_CRS = "EPANET";

    private final ImportDispatcher dispatcher;
    private final Clock clock;
    private final UploadSpool uploads;
    private final ImportAnswers answers;

    ImportController(ImportDispatcher dispatcher, Clock clock, UploadSpool uploads, ImportAnswers answers) {
        this.dispatcher = dispatcher;
        this.clock = clock;
        this.uploads = uploads;
        this.answers = answers;
    }

    @PostMapping(path = "/epanet", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    ResponseEntity<Object> epanet(@RequestPart("file") MultipartFile file,
                                  @RequestPart(value = "attributes", required = false) MultipartFile attributes,
                                  @RequestParam Map<String, String> options, HttpServletRequest request)
            throws IOException {
        known(options, EPANET_OPTIONS);
        UploadSpool.Spooled model = uploads.spool(file.getInputStream());
        UploadSpool.Spooled extra = attributes == null ? null : uploads.spool(attributes.getInputStream());
        String name = name(file.getOriginalFilename());
        return answers.run("epanet", model.take(), request, progress -> {
            try {
                return epanet(model.file(), extra == null ? null : extra.file(), name, options, progress);
            } finally {
                if (extra != null) {
                    extra.close();
                }
            }
        });
    }

    @PostMapping(path = "/epanet", consumes = {MediaType.TEXT_PLAIN_VALUE, MediaType.APPLICATION_OCTET_STREAM_VALUE})
    ResponseEntity<Object> epanetBody(HttpServletRequest request, @RequestParam Map<String, String> options)
            throws IOException {
        known(options, EPANET_OPTIONS);
        UploadSpool.Spooled model = uploads.body(request);
        String name = name(options.get("fileName"));
        return answers.run("epanet", model.take(), request,
                progress -> epanet(model.file(), null, name, options, progress));
    }

    @PostMapping(path = "/pipes-csv", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    ResponseEntity<Object> pipesCsv(@RequestPart("file") MultipartFile file, @RequestParam Map<String, String> options,
                                    HttpServletRequest request) throws IOException {
        known(options, CSV_OPTIONS);
        UploadSpool.Spooled csv = uploads.spool(file.getInputStream());
        String name = name(file.getOriginalFilename());
        return answers.run("pipes-csv", csv.take(), request, progress -> pipesCsv(csv.file(), name, options, progress));
    }

    @PostMapping(path = "/pipes-csv", consumes = {"text/csv", MediaType.TEXT_PLAIN_VALUE,
            MediaType.APPLICATION_OCTET_STREAM_VALUE})
    ResponseEntity<Object> pipesCsvBody(HttpServletRequest request, @RequestParam Map<String, String> options)
            throws IOException {
        known(options, CSV_OPTIONS);
        UploadSpool.Spooled csv = uploads.body(request);
        String name = name(options.get("fileName"));
        return answers.run("pipes-csv", csv.take(), request, progress -> pipesCsv(csv.file(), name, options, progress));
    }

    static final java.util.Set<String> EPANET_OPTIONS = java.util.Set.of("idPrefix", "networkKind", "district", "crs",
            "defaultInstallationYear", "charset", "fileName");
    static final java.util.Set<String> CSV_OPTIONS = java.util.Set.of("crs", "charset", "fileName");

    /** A mistyped option (say {@code idprefix}) would silently import under the wrong ids; refuse it instead. */
    private static void known(Map<String, String> options, java.util.Set<String> allowed) {
        for (String name : options.keySet()) {
            if (!allowed.contains(name)) {
                throw new InvalidInput(name, "unknown parameter '" + name + "'; known are "
                        + allowed.stream().sorted().toList());
            }
        }
    }

    private ImportReport epanet(Path model, Path attributes, String fileName, Map<String, String> options,
                                ImportProgress progress) {
        EpanetFile epanet = EpanetFile.check(model);
        var extra = attributes == null ? Map.<String, PipeAttributesCsv.Attributes>of()
                : PipeAttributesCsv.read(attributes, charset(options));
        NetworkKind kind = options.containsKey("networkKind") ? networkKind(options.get("networkKind"))
                : NetworkKind.DRINKING_WATER;
        String prefix = options.getOrDefault("idPrefix", "");
        var settings = new EpanetFile.Settings(prefix, kind, blankToNull(options.get("district")),
                options.getOrDefault("crs", EPANET_CRS), defaultYear(options), "import epanet " + fileName, extra);
        ImportDispatcher.Run run = dispatcher.parallel("epanet", PipeImportHandling.INSTANCE, progress);
        run.readAll(submit -> epanet.rows(settings, submit));
        return run.finish();
    }

    private ImportReport pipesCsv(Path file, String fileName, Map<String, String> options, ImportProgress progress) {
        String crs = options.getOrDefault("crs", se.valedger.pipe.Geometry.SWEREF99_TM);
        PipesCsvFile csv = PipesCsvFile.check(file, charset(options), crs);
        progress.total(csv.dataRows());
        ImportDispatcher.Run run = dispatcher.parallel("pipes-csv", PipeImportHandling.INSTANCE, progress);
        run.readAll(submit -> csv.rows(defaultYear(options), crs, "import pipes-csv " + fileName, submit));
        return run.finish();
    }

    private int defaultYear(Map<String, String> options) {
        String text = options.get("defaultInstallationYear");
        if (text == null) {
            return DEFAULT_INSTALLATION_YEAR;
        }
        try {
            int year = Integer.parseInt(text.strip());
            if (year < 1800 || year > UtilityTime.thisYear(clock)) {
                throw new InvalidInput("defaultInstallationYear", "a year from 1800 to this year, was " + year);
            }
            return year;
        } catch (NumberFormatException e) {
            throw new InvalidInput("defaultInstallationYear", "'" + text + "' is not a year");
        }
    }

    private static NetworkKind networkKind(String text) {
        NetworkKind kind = Vocabulary.networkKind(text == null ? "" : text);
        if (kind == null) {
            throw new InvalidInput("networkKind", "'" + text + "' is not a network kind; use one of "
                    + java.util.List.of(NetworkKind.values()));
        }
        return kind;
    }

    private static Charset charset(Map<String, String> options) {
        String name = options.get("charset");
        try {
            return name == null ? StandardCharsets.UTF_8 : Charset.forName(name);
        } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
            throw new InvalidInput("charset", "unknown charset '" + name + "'");
        }
    }

    private static String name(String fileName) {
        return fileName == null || fileName.isBlank() ? "upload" : fileName.replaceAll("[\\p{Cntrl}]", "");
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text;
    }
}
