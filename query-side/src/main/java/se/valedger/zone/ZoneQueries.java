package se.valedger.zone;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

@Component
class ZoneQueries {

    private static final String ZONE = """
            SELECT z.zone_id, z.definition, z.registered_at,
                   (SELECT count(*) FROM zone.meter_day d WHERE d.zone_id = z.zone_id) AS meter_days
            FROM zone.zone z""";
    private static final TypeReference<List<Double>> VALUES = new TypeReference<>() {
    };

    private final JdbcTemplate jdbc;

    ZoneQueries(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @QueryHandler
    Optional<ZoneView> handle(FindZone query) {
        return jdbc.query(ZONE + " WHERE z.zone_id = ?", (rs, n) -> view(rs), query.zoneId()).stream().findFirst();
    }

    @QueryHandler
    ZoneList handle(FindZones query) {
        List<Object> args = new ArrayList<>();
        String where = "";
        if (query.kind() != null) {
            where = " WHERE z.kind = ?";
            args.add(query.kind().name());
        }
        return new ZoneList(jdbc.query(ZONE + where + " ORDER BY z.zone_id", (rs, n) -> view(rs), args.toArray()));
    }

    @QueryHandler
    MeterDays handle(FindMeterDays query) {
        return new MeterDays(jdbc.query("""
                SELECT meter_id, day, interval_minutes, volumes_m3, corrections, file_sha256 FROM zone.meter_day
                WHERE zone_id = ? AND day BETWEEN ? AND ? ORDER BY day, meter_id""",
                (rs, n) -> new MeterDays.Day(rs.getString(1), rs.getDate(2).toLocalDate(), rs.getInt(3),
                        read(rs.getString(4), VALUES), rs.getInt(5), rs.getString(6)),
                query.zoneId(), Date.valueOf(query.from()), Date.valueOf(query.to())));
    }

    @QueryHandler
    Optional<java.time.LocalDate> handle(FindLastMeterDay query) {
        Date last = jdbc.queryForObject("SELECT max(day) FROM zone.meter_day WHERE zone_id = ?", Date.class,
                query.zoneId());
        return Optional.ofNullable(last).map(Date::toLocalDate);
    }

    @QueryHandler
    ZoneVolumes handle(FindZoneVolumes query) {
        return new ZoneVolumes(jdbc.query("SELECT year, kind, m3, source FROM zone.volume WHERE zone_id = ? "
                        + "ORDER BY year, kind",
                (rs, n) -> new ZoneVolumes.Volume(rs.getInt(1), VolumeKind.valueOf(rs.getString(2)), rs.getDouble(3),
                        rs.getString(4)), query.zoneId()));
    }

    @QueryHandler
    SignalDecisions handle(FindSignalDecisions query) {
        return new SignalDecisions(jdbc.query("""
                SELECT since, status, leak_id, reason, decided_by, decided_at FROM zone.signal_decision
                WHERE zone_id = ? ORDER BY since""",
                (rs, n) -> new SignalDecisions.Decision(rs.getDate(1).toLocalDate(), rs.getString(2), rs.getString(3),
                        rs.getString(4), rs.getString(5), rs.getTimestamp(6).toInstant()), query.zoneId()));
    }

    private static ZoneView view(ResultSet rs) throws SQLException {
        ZoneRegistered e = read(rs.getString("definition"), new TypeReference<ZoneRegistered>() {
        });
        return new ZoneView(e.zoneId(), e.name(), e.kind(), e.connections(), e.privateServicePipeKm(),
                e.averagePressureM(), e.nightUseLitresPerConnectionPerHour(), e.nightConsumersM3PerHour(),
                e.nightDayFactorHours(), e.connectedPersons(), e.district(), e.pipeIds(), e.polygon(),
                e.inflowMeters(), e.outflowMeters(), rs.getTimestamp("registered_at").toInstant(),
                rs.getLong("meter_days"));
    }

    private static <T> T read(String json, TypeReference<T> type) {
        try {
            return ZoneProjection.JSON.readValue(json, type);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored zone JSON cannot be read", e);
        }
    }
}
