package se.valedger.app.imports;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import se.valedger.kernel.InvalidInput;
import se.valedger.kernel.UtilityTime;

/**
 * The saved mapping profiles, in {@code imports.import_profile}. Not an event: a profile is a setting of the import
 * tool, not a fact about the network, and no aggregate decides on it; the imports it shaped carry it in their events'
 * reason ({@code import pipes-csv <file> profile <name>}). The table is append-only (a trigger refuses UPDATE and
 * DELETE) and keeps who saved each profile and when; each save (and each refused one) is also an entry of the audit
 * trail, type {@code SaveImportProfile}, written by its HTTP hook with the profile as sent.
 */
@Component
public class ImportProfiles {

    private static final ObjectMapper JSON = new ObjectMapper();
    private final JdbcTemplate jdbc;
    private final Clock clock;

    ImportProfiles(JdbcTemplate jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** Saves a checked profile; a name already taken (ignoring case) is refused naming {@code name}. */
    public Map<String, Object> save(ImportProfile profile, String user) {
        profile.checked(UtilityTime.thisYear(clock));
        try {
            jdbc.update("INSERT INTO imports.import_profile (name, name_key, definition, created_by) VALUES (?, ?, ?, ?)",
                    profile.name(), profile.name().toLowerCase(Locale.ROOT), JSON.writeValueAsString(profile), user);
        } catch (DuplicateKeyException e) {
            throw new InvalidInput("name", "a profile named '" + profile.name()
                    + "' exists already; profiles are never overwritten, save this one under another name");
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
        return find(profile.name());
    }

    public List<Map<String, Object>> all() {
        return jdbc.query("SELECT name, definition, created_by, created_at FROM imports.import_profile ORDER BY name_key",
                (rs, n) -> body(rs.getString(2), rs.getString(3), rs.getTimestamp(4).toInstant().toString()));
    }

    /** The profile as saved, or 404. */
    public Map<String, Object> find(String name) {
        List<String> found = jdbc.queryForList("SELECT definition FROM imports.import_profile WHERE name_key = ?",
                String.class, name.toLowerCase(Locale.ROOT));
        if (found.isEmpty()) {
            throw new se.valedger.kernel.NotFound("no import profile named '" + name + "'");
        }
        return body(found.get(0), createdBy(name), null);
    }

    /** The profile an import names, or 400 naming {@code profile} when there is none. */
    public ImportProfile named(String name) {
        try {
            return JSON.readValue(definition(name), ImportProfile.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private String definition(String name) {
        List<String> found = jdbc.queryForList("SELECT definition FROM imports.import_profile WHERE name_key = ?",
                String.class, name == null ? "" : name.toLowerCase(Locale.ROOT));
        if (found.isEmpty()) {
            throw new InvalidInput("profile", "no import profile named '" + name + "'; GET /api/import-profiles lists them");
        }
        return found.get(0);
    }

    private String createdBy(String name) {
        return jdbc.queryForObject("SELECT created_by FROM imports.import_profile WHERE name_key = ?", String.class,
                name.toLowerCase(Locale.ROOT));
    }

    private static Map<String, Object> body(String definition, String createdBy, String createdAt) {
        try {
            @SuppressWarnings("unchecked")
            Map<String, Object> body = new LinkedHashMap<>(JSON.readValue(definition, Map.class));
            body.put("createdBy", createdBy);
            if (createdAt != null) {
                body.put("createdAt", createdAt);
            }
            return body;
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
