package se.valedger.pipe;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import se.valedger.projection.BatchedWrites;
import se.valedger.projection.ReadModel;

/** The network register: every pipe's current state, one row each. */
@Component
@ProcessingGroup(PipeRegisterProjection.GROUP)
class PipeRegisterProjection implements ReadModel {

    static final String GROUP = "pipe-register";
    static final String SCHEMA = "register";

    static final ObjectMapper GEOMETRY_JSON = new ObjectMapper();

    private final JdbcTemplate jdbc;

    PipeRegisterProjection(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public String processingGroup() {
        return GROUP;
    }

    @Override
    public String schema() {
        return SCHEMA;
    }

    @EventHandler
    void on(PipeRegistered event, @org.axonframework.eventhandling.Timestamp Instant registeredAt) {
        BatchedWrites.update(jdbc, """
                INSERT INTO register.pipe (pipe_id, network_kind, material, diameter_mm, length_m, installation_year,
                    district, consequence_class, geometry, start_node, end_node, status, registered_at, assumed,
                    hydraulic_status)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?::jsonb, ?, ?, 'IN_SERVICE', ?, ?, ?)
                """,
                event.pipeId(), event.networkKind().name(), event.material().name(), event.diameterMm(),
                event.lengthM(), event.installationYear(), event.district(), event.consequenceClass(),
                toJson(event.geometry()), event.startNode(), event.endNode(), Timestamp.from(registeredAt),
                String.join(",", event.assumed()), event.hydraulicStatus());
    }

    @EventHandler
    void on(InspectionLogged event) {
        // The latest inspection by date decides the grade; a late-entered older inspection only counts.
        BatchedWrites.update(jdbc, """
                UPDATE register.pipe SET
                    inspection_count = inspection_count + 1,
                    latest_grade = CASE WHEN last_inspected_on IS NULL OR last_inspected_on <= ? THEN ? ELSE latest_grade END,
                    condition = CASE WHEN last_inspected_on IS NULL OR last_inspected_on <= ? THEN ?::jsonb ELSE condition END,
                    last_inspected_on = GREATEST(last_inspected_on, ?)
                WHERE pipe_id = ?
                """,
                Date.valueOf(event.date()), event.grade(), Date.valueOf(event.date()), json(event.condition()),
                Date.valueOf(event.date()), event.pipeId());
    }

    @EventHandler
    void on(PipeCorrected event) {
        PipeAttributes a = event.corrected();
        BatchedWrites.update(jdbc, """
                UPDATE register.pipe SET network_kind = ?, material = ?, diameter_mm = ?, length_m = ?,
                    installation_year = ?, district = ?, consequence_class = ?, geometry = ?::jsonb, start_node = ?,
                    end_node = ?, hydraulic_status = ?
                WHERE pipe_id = ?
                """,
                a.networkKind().name(), a.material().name(), a.diameterMm(), a.lengthM(), a.installationYear(),
                a.district(), a.consequenceClass(), toJson(a.geometry()), a.startNode(), a.endNode(),
                a.hydraulicStatus(), event.pipeId());
        if (a.assumed() != null) {
            BatchedWrites.update(jdbc, "UPDATE register.pipe SET assumed = ? WHERE pipe_id = ?",
                    String.join(",", a.assumed()), event.pipeId());
        } else {
            // A correction stored before issue 18 recorded no list: the fields it changed are no longer assumed.
            for (FieldChange change : event.changes()) {
                BatchedWrites.update(jdbc, "UPDATE register.pipe SET assumed = coalesce(array_to_string(array_remove("
                        + "string_to_array(NULLIF(assumed, ''), ','), ?), ','), '') WHERE pipe_id = ?",
                        change.field(), event.pipeId());
            }
        }
    }

    @EventHandler
    void on(PipeRenewed event) {
        BatchedWrites.update(jdbc, """
                UPDATE register.pipe SET material = ?, installation_year = ?, diameter_mm = ?, renewed_year = ?,
                    renewal_method = ?, assumed = coalesce(array_to_string(array_remove(array_remove(
                        string_to_array(NULLIF(assumed, ''), ','), 'material'), 'installationYear'), ','), '')
                WHERE pipe_id = ?
                """,
                event.material().name(), event.year(), event.diameterMm(), event.year(), event.method().name(),
                event.pipeId());
    }

    @EventHandler
    void on(PipeDecommissioned event) {
        BatchedWrites.update(jdbc, "UPDATE register.pipe SET status = 'DECOMMISSIONED', decommissioned_on = ? WHERE pipe_id = ?",
                Date.valueOf(event.date()), event.pipeId());
    }

    @ResetHandler
    void reset() {
        jdbc.update("TRUNCATE register.pipe");
    }

    private static String json(Object value) {
        try {
            return GEOMETRY_JSON.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a condition cannot be written as JSON", e);
        }
    }

    /** The stored comma-separated list of assumed fields. */
    static java.util.List<String> assumedList(String stored) {
        return stored == null || stored.isBlank() ? java.util.List.of() : java.util.List.of(stored.split(","));
    }

    private static String toJson(Geometry geometry) {
        if (geometry == null) {
            return null;
        }
        try {
            return GEOMETRY_JSON.writeValueAsString(geometry);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("geometry cannot be written as JSON", e);
        }
    }
}
