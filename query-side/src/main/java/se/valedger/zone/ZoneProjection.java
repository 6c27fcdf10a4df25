package se.valedger.zone;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.ResetHandler;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import se.valedger.projection.ReadModel;

/** Zones as registered, their meter days (one row per meter and day), yearly volumes and series imports. */
@Component
@ProcessingGroup(ZoneProjection.GROUP)
class ZoneProjection implements ReadModel {

    static final String GROUP = "zones";
    static final String SCHEMA = "zone";
    static final ObjectMapper JSON = new ObjectMapper().findAndRegisterModules();

    private final JdbcTemplate jdbc;

    ZoneProjection(JdbcTemplate jdbc) {
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
    void on(ZoneRegistered e, @org.axonframework.eventhandling.Timestamp Instant at) {
        jdbc.update("""
                INSERT INTO zone.zone (zone_id, name, kind, definition, registered_at) VALUES (?, ?, ?, ?::jsonb, ?)
                ON CONFLICT (zone_id) DO NOTHING""", e.zoneId(), e.name(), e.kind().name(), json(e), Timestamp.from(at));
    }

    @EventHandler
    void on(MeterDayRecorded e) {
        jdbc.update("""
                INSERT INTO zone.meter_day (zone_id, meter_id, day, interval_minutes, volumes_m3, file_sha256)
                VALUES (?, ?, ?, ?, ?::jsonb, ?) ON CONFLICT (zone_id, meter_id, day) DO NOTHING""",
                e.zoneId(), e.meterId(), Date.valueOf(e.date()), e.intervalMinutes(), json(e.volumesM3()),
                e.fileSha256());
    }

    @EventHandler
    void on(MeterDayCorrected e) {
        jdbc.update("""
                UPDATE zone.meter_day SET interval_minutes = ?, volumes_m3 = ?::jsonb, file_sha256 = ?,
                    corrections = corrections + 1, last_reason = ?
                WHERE zone_id = ? AND meter_id = ? AND day = ?""",
                e.intervalMinutes(), json(e.volumesM3()), e.fileSha256(), e.reason(), e.zoneId(), e.meterId(),
                Date.valueOf(e.date()));
    }

    @EventHandler
    void on(ZoneVolumeRecorded e) {
        jdbc.update("""
                INSERT INTO zone.volume (zone_id, year, kind, m3, source) VALUES (?, ?, ?, ?, ?)
                ON CONFLICT (zone_id, year, kind) DO UPDATE SET m3 = EXCLUDED.m3, source = EXCLUDED.source""",
                e.zoneId(), e.year(), e.kind().name(), e.m3(), e.source());
    }

    @EventHandler
    void on(MeterSeriesImported e, EventMessage<?> message, @org.axonframework.eventhandling.Timestamp Instant at) {
        jdbc.update("""
                INSERT INTO zone.series_import (event_id, zone_id, meter_id, file_sha256, file_name, rows_read, days,
                    gaps, first_day, last_day, imported_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                ON CONFLICT (event_id) DO NOTHING""",
                message.getIdentifier(), e.zoneId(), e.meterId(), e.fileSha256(), e.fileName(), e.rowsRead(), e.days(),
                e.gaps(), e.firstDay() == null ? null : Date.valueOf(e.firstDay()),
                e.lastDay() == null ? null : Date.valueOf(e.lastDay()), Timestamp.from(at));
    }

    @EventHandler
    void on(LeakSignalConfirmed e, EventMessage<?> message, @org.axonframework.eventhandling.Timestamp Instant at) {
        decision(e.zoneId(), e.since(), "CONFIRMED", e.leakId(), null, message, at);
    }

    @EventHandler
    void on(LeakSignalDismissed e, EventMessage<?> message, @org.axonframework.eventhandling.Timestamp Instant at) {
        decision(e.zoneId(), e.since(), "DISMISSED", null, e.reason(), message, at);
    }

    private void decision(String zoneId, java.time.LocalDate since, String status, String leakId, String reason,
                          EventMessage<?> message, Instant at) {
        Object user = message.getMetaData().get("user");
        jdbc.update("""
                INSERT INTO zone.signal_decision (zone_id, since, status, leak_id, reason, decided_by, decided_at)
                VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT (zone_id, since) DO NOTHING""",
                zoneId, Date.valueOf(since), status, leakId, reason, user == null ? null : user.toString(),
                Timestamp.from(at));
    }

    @ResetHandler
    void reset() {
        jdbc.update("TRUNCATE zone.zone, zone.meter_day, zone.volume, zone.series_import, zone.signal_decision");
    }

    static String json(Object value) {
        try {
            return JSON.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write " + value.getClass().getSimpleName() + " as JSON", e);
        }
    }
}
