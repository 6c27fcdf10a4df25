package se.valedger.web.imports;

import java.io.IOException;
import java.util.Map;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import se.valedger.imports.en13508.En13508Importer;
import se.valedger.imports.en13508.En13508Options;
import se.valedger.kernel.InvalidInput;
import se.valedger.pipe.NetworkKind;

/** {@code POST /api/imports/en13508}: a CCTV export as the raw body or as the multipart part {@code file}. */
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

    En13508ImportController(En13508Importer importer) {
        this.importer = importer;
    }

    @PostMapping(consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @PreAuthorize(INSPECTIONS_BY_ENGINEERS_PIPES_BY_ADMINISTRATORS)
    ResponseEntity<Map<String, Object>> upload(@RequestPart("file") MultipartFile file,
                                               @RequestParam(defaultValue = "false") boolean registerPipes,
                                               @RequestParam(defaultValue = "WASTEWATER") NetworkKind networkKind,
                                               @RequestParam(required = false) Integer defaultInstallationYear,
                                               @RequestParam(defaultValue = "") String idPrefix) throws IOException {
        return raw(file.getBytes(), registerPipes, networkKind, defaultInstallationYear, idPrefix);
    }

    @PostMapping
    @PreAuthorize(INSPECTIONS_BY_ENGINEERS_PIPES_BY_ADMINISTRATORS)
    ResponseEntity<Map<String, Object>> raw(@RequestBody(required = false) byte[] body,
                                            @RequestParam(defaultValue = "false") boolean registerPipes,
                                            @RequestParam(defaultValue = "WASTEWATER") NetworkKind networkKind,
                                            @RequestParam(required = false) Integer defaultInstallationYear,
                                            @RequestParam(defaultValue = "") String idPrefix) {
        if (body == null || body.length == 0) {
            throw new InvalidInput("file", "the body is empty; send the EN 13508-2 file as the request body");
        }
        return ResponseEntity.ok(importer.importFile(body,
                new En13508Options(registerPipes, networkKind, defaultInstallationYear, idPrefix)));
    }
}
