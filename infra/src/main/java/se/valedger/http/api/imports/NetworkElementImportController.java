package se.valedger.http.api.imports;

import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
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
import se.valedger.app.imports.NetworkElementImports;
import se.valedger.app.imports.jobs.UploadSpool;
import se.valedger.kernel.InvalidInput;

/** {@code POST /api/imports/nodes} and {@code /api/imports/valves}: a CSV as multipart {@code file} or the raw body. */
@RestController
@RequestMapping("/api/imports")
@PreAuthorize("hasRole('ADMIN')")
class NetworkElementImportController {

    static final Set<String> NODE_OPTIONS = Set.of("crs", "fileName");
    static final Set<String> VALVE_OPTIONS = Set.of("fileName");

    private final NetworkElementImports imports;
    private final UploadSpool uploads;
    private final ImportAnswers answers;

    NetworkElementImportController(NetworkElementImports imports, UploadSpool uploads, ImportAnswers answers) {
        this.imports = imports;
        this.uploads = uploads;
        this.answers = answers;
    }

    @PostMapping(path = "/nodes", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    ResponseEntity<Object> nodes(@RequestPart("file") MultipartFile file, @RequestParam Map<String, String> options,
                                 HttpServletRequest request) throws IOException {
        known(options, NODE_OPTIONS);
        return nodes(uploads.spool(file.getInputStream()), name(file.getOriginalFilename()), options, request);
    }

    @PostMapping(path = "/nodes", consumes = {"text/csv", MediaType.TEXT_PLAIN_VALUE, MediaType.APPLICATION_OCTET_STREAM_VALUE})
    ResponseEntity<Object> nodesBody(HttpServletRequest request, @RequestParam Map<String, String> options)
            throws IOException {
        known(options, NODE_OPTIONS);
        return nodes(uploads.body(request), name(options.get("fileName")), options, request);
    }

    @PostMapping(path = "/valves", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    ResponseEntity<Object> valves(@RequestPart("file") MultipartFile file, @RequestParam Map<String, String> options,
                                  HttpServletRequest request) throws IOException {
        known(options, VALVE_OPTIONS);
        return valves(uploads.spool(file.getInputStream()), name(file.getOriginalFilename()), request);
    }

    @PostMapping(path = "/valves", consumes = {"text/csv", MediaType.TEXT_PLAIN_VALUE, MediaType.APPLICATION_OCTET_STREAM_VALUE})
    ResponseEntity<Object> valvesBody(HttpServletRequest request, @RequestParam Map<String, String> options)
            throws IOException {
        known(options, VALVE_OPTIONS);
        return valves(uploads.body(request), name(options.get("fileName")), request);
    }

    private ResponseEntity<Object> nodes(UploadSpool.Spooled csv, String name, Map<String, String> options,
                                         HttpServletRequest request) {
        return answers.run("nodes", csv.take(), request, progress -> imports.nodes(csv.file(), name, options, progress));
    }

    private ResponseEntity<Object> valves(UploadSpool.Spooled csv, String name, HttpServletRequest request) {
        return answers.run("valves", csv.take(), request, progress -> imports.valves(csv.file(), name, progress));
    }

    private static void known(Map<String, String> options, Set<String> allowed) {
        for (String option : options.keySet()) {
            if (!allowed.contains(option)) {
                throw new InvalidInput(option, "unknown parameter '" + option + "'; known are "
                        + allowed.stream().sorted().toList());
            }
        }
    }

    private static String name(String fileName) {
        return fileName == null || fileName.isBlank() ? "upload" : fileName.replaceAll("[\\p{Cntrl}]", "");
    }
}
