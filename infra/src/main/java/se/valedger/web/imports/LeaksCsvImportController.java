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
import se.valedger.imports.leaks.LeaksCsvImporter;
import se.valedger.kernel.InvalidInput;

/** {@code POST /api/imports/leaks-csv?source=LADWP}: historic leak repairs, as the raw body or multipart {@code file}. */
@RestController
@RequestMapping("/api/imports/leaks-csv")
class LeaksCsvImportController {

    private final LeaksCsvImporter importer;

    LeaksCsvImportController(LeaksCsvImporter importer) {
        this.importer = importer;
    }

    @PostMapping(consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @PreAuthorize("hasRole('ADMIN')")
    ResponseEntity<Map<String, Object>> upload(@RequestPart("file") MultipartFile file,
                                               @RequestParam(defaultValue = "LADWP") String source) throws IOException {
        return raw(file.getBytes(), source);
    }

    @PostMapping
    @PreAuthorize("hasRole('ADMIN')")
    ResponseEntity<Map<String, Object>> raw(@RequestBody(required = false) byte[] body,
                                            @RequestParam(defaultValue = "LADWP") String source) {
        if (body == null || body.length == 0) {
            throw new InvalidInput("file", "the body is empty; send the CSV file as the request body");
        }
        if (!source.matches("[A-Za-z0-9_.]{1,30}")) {
            throw new InvalidInput("source", "source is 1 to 30 letters, digits, '_' or '.'");
        }
        return ResponseEntity.ok(importer.importFile(body, source));
    }
}
