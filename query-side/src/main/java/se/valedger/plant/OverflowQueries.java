package se.valedger.plant;

import java.sql.Date;
import java.time.LocalDate;
import java.time.Year;
import java.util.List;
import java.util.Optional;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Overflows per point and year, and the system's share of the annual collected load against the recast UWWTD's
 * indicative objective of 2 % (Directive (EU) 2024/3019 Annex V), computed for the whole system only.
 */
@Component
class OverflowQueries {

    /** Annex V's indicative objective for storm-water overflows, % of the annual collected load. */
    static final double OBJECTIVE_PERCENT = 2.0;
    static final String METHOD = "collected BOD7 = the year's mean daily BOD7 of the incoming samples x the days of the "
            + "year, plus the overflowed BOD7 of every point; overflowed BOD7 as estimated per overflow. The directive "
            + "refers to the load collected in dry weather; wet-weather samples are not separated out here, so the share "
            + "is an estimate";

    private final JdbcTemplate jdbc;

    OverflowQueries(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @QueryHandler
    Optional<PlantOverflows> handle(FindOverflows query) {
        String id = query.plantId();
        Integer plants = jdbc.queryForObject("SELECT count(*) FROM plant_capacity.plant WHERE plant_id = ?", Integer.class, id);
        if (plants == null || plants == 0) {
            return Optional.empty();
        }
        int year = query.year();
        List<PlantOverflows.Point> points = jdbc.query("""
                SELECT p.point_id, p.name, p.type, p.east, p.north, p.recipient, count(o.overflow_id),
                    coalesce(sum(extract(epoch FROM o.ended_at - o.started_at)) / 3600.0, 0),
                    coalesce(sum(o.volume_m3) FILTER (WHERE o.measured), 0),
                    coalesce(sum(o.volume_m3) FILTER (WHERE NOT o.measured), 0),
                    coalesce(sum(o.bod7_kg), 0), coalesce(sum(o.total_p_kg), 0), coalesce(sum(o.total_n_kg), 0),
                    count(o.overflow_id) FILTER (WHERE o.cause = 'PLANNED_MAINTENANCE')
                FROM plant_capacity.overflow_point p
                LEFT JOIN plant_capacity.overflow o ON o.plant_id = p.plant_id AND o.point_id = p.point_id AND o.year = ?
                WHERE p.plant_id = ? GROUP BY p.point_id, p.name, p.type, p.east, p.north, p.recipient
                ORDER BY p.point_id""",
                (rs, n) -> new PlantOverflows.Point(rs.getString(1), rs.getString(2),
                        OverflowPointType.valueOf(rs.getString(3)), rs.getDouble(4), rs.getDouble(5), rs.getString(6),
                        rs.getInt(7), rs.getDouble(8), rs.getDouble(9), rs.getDouble(10), rs.getDouble(11),
                        rs.getDouble(12), rs.getDouble(13), rs.getInt(14)), year, id);
        double overflowed = points.stream().mapToDouble(PlantOverflows.Point::bod7Kg).sum();
        LocalDate from = LocalDate.of(year, 1, 1);
        LocalDate to = from.plusYears(1);
        Double meanDaily = jdbc.queryForObject("""
                SELECT avg(kg) FROM (
                    SELECT bod7_kg_per_day AS kg FROM plant_capacity.sample WHERE plant_id = ? AND invalid_reason IS NULL
                        AND bod7_kg_per_day IS NOT NULL AND local_day >= ? AND local_day < ?
                    UNION ALL
                    SELECT bod7_kg FROM plant_capacity.daily WHERE plant_id = ? AND bod7_kg IS NOT NULL
                        AND day >= ? AND day < ?) s""", Double.class,
                id, Date.valueOf(from), Date.valueOf(to), id, Date.valueOf(from), Date.valueOf(to));
        Double collected = meanDaily == null ? null : meanDaily * Year.of(year).length() + overflowed;
        Double share = collected == null || collected == 0 ? null : overflowed / collected * 100.0;
        String status = share == null ? "INSUFFICIENT_DATA" : share < OBJECTIVE_PERCENT ? "WITHIN_OBJECTIVE"
                : "ABOVE_OBJECTIVE";
        return Optional.of(new PlantOverflows(id, year, points,
                new PlantOverflows.SystemShare(overflowed, collected, share, OBJECTIVE_PERCENT, status, METHOD)));
    }
}
