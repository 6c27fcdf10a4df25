package se.valedger.http.api.imports;

import java.security.Principal;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import se.valedger.app.imports.ImportProfile;
import se.valedger.app.imports.ImportProfiles;

/**
 * {@code GET/POST /api/import-profiles} (issue 18): the saved mapping profiles that {@code ?profile=NAME} names on
 * pipes-csv, xlsx (kind=pipes), GeoJSON and GeoPackage imports. ADMIN, as the imports that use them.
 */
@RestController
@RequestMapping("/api/import-profiles")
@PreAuthorize("hasRole('ADMIN')")
class ImportProfileController {

    private final ImportProfiles profiles;

    ImportProfileController(ImportProfiles profiles) {
        this.profiles = profiles;
    }

    @GetMapping
    List<Map<String, Object>> all() {
        return profiles.all();
    }

    @GetMapping("/{name}")
    Map<String, Object> one(@PathVariable String name) {
        return profiles.find(name);
    }

    @PostMapping
    ResponseEntity<Map<String, Object>> save(@RequestBody ImportProfile profile, Principal user,
                                             jakarta.servlet.http.HttpServletRequest request) {
        // the audit trail's HTTP hook records this save (with its body) under this type and the profile's name
        request.setAttribute(se.valedger.app.audit.AuditedRequest.TYPE, "SaveImportProfile");
        request.setAttribute(se.valedger.app.audit.AuditedRequest.AGGREGATE, profile.name());
        Map<String, Object> saved = profiles.save(profile, user.getName());
        return ResponseEntity.status(HttpStatus.CREATED)
                .header("Location", "/api/import-profiles/" + profile.name()).body(saved);
    }
}
