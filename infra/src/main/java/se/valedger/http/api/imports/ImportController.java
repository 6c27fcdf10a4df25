package se.valedger.http.api.imports;

import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
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
import se.valedger.app.imports.ImportReport;
import se.valedger.app.imports.NetworkImports;
import se.valedger.app.imports.jobs.UploadSpool;
import se.valedger.kernel.InvalidInput;

/**
 * {@code POST /api/imports/epanet} and {@code /api/imports/pipes-csv}: a multipart upload (part {@code file},
 * for EPANET optionally {@code attributes}) or the file as the raw body. Answers an {@link ImportReport}.
 */
@RestController
@RequestMapping("/api/imports")
@PreAuthorize("hasRole('ADMIN')")
class ImportController {

    private final NetworkImports imports;
    private final UploadSpool uploads;
    private final ImportAnswers answers;

    private final se.valedger.app.imports.jobs.WholeFileImports wholeFiles;

    ImportController(NetworkImports imports, UploadSpool uploads, ImportAnswers answers,
                     se.valedger.app.imports.jobs.WholeFileImports wholeFiles) {
        this.imports = imports;
        this.uploads = uploads;
        this.answers = answers;
        this.wholeFiles = wholeFiles;
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
                return imports.epanet(model.file(), extra == null ? null : extra.file(), name, options, progress);
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
                progress -> imports.epanet(model.file(), null, name, options, progress));
    }

    @PostMapping(path = "/pipes-csv", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    ResponseEntity<Object> pipesCsv(@RequestPart("file") MultipartFile file, @RequestParam Map<String, String> options,
                                    HttpServletRequest request) throws IOException {
        known(options, CSV_OPTIONS);
        UploadSpool.Spooled csv = uploads.spool(file.getInputStream());
        String name = name(file.getOriginalFilename());
        return answers.run("pipes-csv", csv.take(), request, progress -> imports.pipesCsv(csv.file(), name, options, progress));
    }

    @PostMapping(path = "/pipes-csv", consumes = {"text/csv", MediaType.TEXT_PLAIN_VALUE,
            MediaType.APPLICATION_OCTET_STREAM_VALUE})
    ResponseEntity<Object> pipesCsvBody(HttpServletRequest request, @RequestParam Map<String, String> options)
            throws IOException {
        known(options, CSV_OPTIONS);
        UploadSpool.Spooled csv = uploads.body(request);
        String name = name(options.get("fileName"));
        return answers.run("pipes-csv", csv.take(), request, progress -> imports.pipesCsv(csv.file(), name, options, progress));
    }

    @PostMapping(path = "/geojson", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    ResponseEntity<Object> geojson(@RequestPart("file") MultipartFile file, @RequestParam Map<String, String> options,
                                   HttpServletRequest request) throws IOException {
        known(options, GEOJSON_OPTIONS);
        UploadSpool.Spooled json = uploads.spool(file.getInputStream());
        String name = name(file.getOriginalFilename());
        return geojsonJob(json, name, options, request);
    }

    @PostMapping(path = "/geojson", consumes = {"application/geo+json", MediaType.APPLICATION_JSON_VALUE,
            MediaType.APPLICATION_OCTET_STREAM_VALUE})
    ResponseEntity<Object> geojsonBody(HttpServletRequest request, @RequestParam Map<String, String> options)
            throws IOException {
        known(options, GEOJSON_OPTIONS);
        return geojsonJob(uploads.body(request), name(options.get("fileName")), options, request);
    }

    private ResponseEntity<Object> geojsonJob(UploadSpool.Spooled json, String name, Map<String, String> options,
                                              HttpServletRequest request) {
        try (json) {
            if (json.bytes() == 0) {
                throw new InvalidInput("file", "the body is empty; send the GeoJSON FeatureCollection");
            }
            wholeFiles.requireFits("geojson", json);
            return answers.run("geojson", json.take(), request, progress -> imports.geojson(json.file(), name, options, progress));
        }
    }

    @PostMapping(path = "/swmm", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    ResponseEntity<Object> swmm(@RequestPart("file") MultipartFile file, @RequestParam Map<String, String> options,
                                HttpServletRequest request) throws IOException {
        known(options, SWMM_OPTIONS);
        return swmmJob(uploads.spool(file.getInputStream()), name(file.getOriginalFilename()), options, request);
    }

    @PostMapping(path = "/swmm", consumes = {MediaType.TEXT_PLAIN_VALUE, MediaType.APPLICATION_OCTET_STREAM_VALUE})
    ResponseEntity<Object> swmmBody(HttpServletRequest request, @RequestParam Map<String, String> options)
            throws IOException {
        known(options, SWMM_OPTIONS);
        return swmmJob(uploads.body(request), name(options.get("fileName")), options, request);
    }

    private ResponseEntity<Object> swmmJob(UploadSpool.Spooled model, String name, Map<String, String> options,
                                           HttpServletRequest request) {
        try (model) {
            if (model.bytes() == 0) {
                throw new InvalidInput("file", "the body is empty; send the SWMM .inp file");
            }
            wholeFiles.requireFits("swmm", model);
            return answers.run("swmm", model.take(), request, progress -> imports.swmm(model.file(), name, options, progress));
        }
    }

    static final java.util.Set<String> SWMM_OPTIONS = java.util.Set.of("idPrefix", "networkKind", "crs",
            "defaultInstallationYear", "charset", "fileName");
    @PostMapping(path = "/geopackage", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    ResponseEntity<Object> geopackage(@RequestPart("file") MultipartFile file, @RequestParam Map<String, String> options,
                                      HttpServletRequest request) throws IOException {
        known(options, GEOPACKAGE_OPTIONS);
        return geopackageJob(uploads.spool(file.getInputStream()), name(file.getOriginalFilename()), options, request);
    }

    @PostMapping(path = "/geopackage", consumes = {"application/geopackage+sqlite3", MediaType.APPLICATION_OCTET_STREAM_VALUE})
    ResponseEntity<Object> geopackageBody(HttpServletRequest request, @RequestParam Map<String, String> options)
            throws IOException {
        known(options, GEOPACKAGE_OPTIONS);
        return geopackageJob(uploads.body(request), name(options.get("fileName")), options, request);
    }

    private ResponseEntity<Object> geopackageJob(UploadSpool.Spooled gpkg, String name, Map<String, String> options,
                                                 HttpServletRequest request) {
        try (gpkg) {
            if (gpkg.bytes() == 0) {
                throw new InvalidInput("file", "the body is empty; send the GeoPackage (.gpkg)");
            }
            wholeFiles.requireFits("geopackage", gpkg);
            String table = options.get("table");
            if (table != null && (table.isBlank() || table.length() > 100 || table.chars().anyMatch(Character::isISOControl))) {
                throw new InvalidInput("table", "a table name is 1 to 100 printable characters");
            }
            return answers.run("geopackage", gpkg.take(), request,
                    progress -> imports.geopackage(gpkg.file(), table, name, options, progress));
        }
    }

    static final java.util.Set<String> GEOPACKAGE_OPTIONS = java.util.Set.of("fileName", "table", "profile", "dryRun");
    static final java.util.Set<String> GEOJSON_OPTIONS = java.util.Set.of("fileName", "profile", "dryRun");
    static final java.util.Set<String> EPANET_OPTIONS = java.util.Set.of("idPrefix", "networkKind", "district", "crs",
            "defaultInstallationYear", "charset", "fileName");
    static final java.util.Set<String> CSV_OPTIONS = java.util.Set.of("crs", "charset", "fileName", "profile",
            "dryRun", "defaultInstallationYear");

    /** A mistyped option (say {@code idprefix}) would silently import under the wrong ids; refuse it instead. */
    private static void known(Map<String, String> options, java.util.Set<String> allowed) {
        for (String name : options.keySet()) {
            if (!allowed.contains(name)) {
                throw new InvalidInput(name, "unknown parameter '" + name + "'; known are "
                        + allowed.stream().sorted().toList());
            }
        }
    }

    private static String name(String fileName) {
        return fileName == null || fileName.isBlank() ? "upload" : fileName.replaceAll("[\\p{Cntrl}]", "");
    }
}
