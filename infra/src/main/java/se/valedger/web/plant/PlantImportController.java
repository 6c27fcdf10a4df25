package se.valedger.web.plant;

import org.springframework.http.MediaType;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import se.valedger.imports.plant.ImportReport;
import se.valedger.imports.plant.PlantMeasurementImporter;
import se.valedger.kernel.InvalidInput;

/** {@code POST /api/imports/plant-measurements?plant=goviken}: the CSV as the body, or as the multipart part "file". */
@RestController
class PlantImportController {

    private final PlantMeasurementImporter importer;

    PlantImportController(PlantMeasurementImporter importer) {
        this.importer = importer;
    }

    @PostMapping(path = "/api/imports/plant-measurements", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @PreAuthorize("hasAnyRole('ENGINEER', 'ADMIN')")
    ImportReport multipart(@RequestParam String plant, @RequestPart("file") MultipartFile file) throws java.io.IOException {
        return importer.importFile(plant, file.getBytes());
    }

    @PostMapping(path = "/api/imports/plant-measurements")
    @PreAuthorize("hasAnyRole('ENGINEER', 'ADMIN')")
    ImportReport body(@RequestParam String plant, @RequestBody(required = false) byte[] body) {
        if (body == null || body.length == 0) {
            throw new InvalidInput("file", "send the CSV export as the request body (text/csv) or as the part 'file'");
        }
        return importer.importFile(plant, body);
    }
}
