package se.valedger.http.api.admin;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * What the read models were given in place of stored text they could not keep (see
 * {@code se.valedger.boot.projection.SanitisedProjectedCopies}): per group, event and field, newest first.
 */
@RestController
@RequestMapping("/api/admin/sanitised-fields")
@PreAuthorize("hasRole('ADMIN')")
class SanitisedFieldController {

    private static final int MOST_LISTED = 1000;

    private final JdbcTemplate jdbc;

    SanitisedFieldController(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @GetMapping
    Map<String, Object> list(@RequestParam(required = false) String group) {
        String where = group == null ? "" : " WHERE processing_group = ?";
        Object[] args = group == null ? new Object[0] : new Object[] {group};
        Long total = jdbc.queryForObject("SELECT count(*) FROM reliability.sanitised_field" + where, Long.class, args);
        List<Map<String, Object>> fields = jdbc.query("""
                SELECT processing_group, event_identifier, global_index, event_type, aggregate_identifier,
                    sequence_number, field, replaced, first_seen, last_seen, times_seen
                FROM reliability.sanitised_field""" + where + " ORDER BY last_seen DESC, global_index DESC LIMIT "
                + MOST_LISTED, (row, i) -> {
            Map<String, Object> field = new LinkedHashMap<>();
            field.put("group", row.getString("processing_group"));
            field.put("eventId", row.getString("event_identifier"));
            field.put("globalIndex", row.getObject("global_index"));
            field.put("eventType", row.getString("event_type"));
            field.put("aggregateId", row.getString("aggregate_identifier"));
            field.put("sequenceNumber", row.getObject("sequence_number"));
            field.put("field", row.getString("field"));
            field.put("replaced", row.getString("replaced"));
            field.put("firstSeen", row.getTimestamp("first_seen").toInstant().toString());
            field.put("lastSeen", row.getTimestamp("last_seen").toInstant().toString());
            field.put("timesSeen", row.getInt("times_seen"));
            return field;
        }, args);
        return Map.of("size", total == null ? 0 : total, "listed", fields.size(), "fields", fields);
    }
}
