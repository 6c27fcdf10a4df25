package se.valedger.plant;

import java.sql.Date;
import java.time.LocalDate;
import java.time.Year;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Overflows per point and year, and the system's share of the annual collected load against the recast UWWTD's
 * indicative objective of 2 % of the annual collected load in dry weather (Directive (EU) 2024/3019 Annex V),
 * computed for the whole system only; dry days by {@link DryWeatherRule} (ASSUMED rule, a setting).
 */
@Component
class OverflowQueries {

    /** Annex V's indicative objective for storm-water overflows, % of the annual collected load. */
    static final double OBJECTIVE_PERCENT = 2.0;
    static final String METHOD = "annual collected load in dry weather = the mean daily BOD7 of the 24-hour incoming "
            + "samples (and day measurements) taken on dry days x the days of the year; weekly composites are left out "
            + "(they span wet and dry days). Overflowed BOD7 as estimated per overflow, summed over every point. Share = "
            + "overflowed / dry-weather collected load. allWeatherCollectedBod7Kg (every sample's mean x days + "
            + "overflowed) is informative only";

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
        DryWeatherRule rule = query.dryWeather();
        Map<LocalDate, DryWeatherRule.Day> series = new HashMap<>();
        jdbc.query("SELECT day, inflow_m3, precipitation_mm FROM plant_capacity.daily WHERE plant_id = ? AND day >= ? "
                        + "AND day < ?",
                rs -> {
                    series.put(rs.getDate(1).toLocalDate(), new DryWeatherRule.Day(
                            (Double) rs.getObject(2), (Double) rs.getObject(3)));
                }, id, Date.valueOf(from.minusDays(rule.dryDaysBefore())), Date.valueOf(to));
        // a 24-hour sample's own flow tells the inflow of a day that has no day measurement
        jdbc.query("SELECT local_day, avg(inflow_m3) FROM plant_capacity.sample WHERE plant_id = ? AND one_day "
                        + "AND invalid_reason IS NULL AND inflow_m3 IS NOT NULL AND local_day >= ? AND local_day < ? "
                        + "GROUP BY local_day",
                rs -> {
                    series.putIfAbsent(rs.getDate(1).toLocalDate(), new DryWeatherRule.Day(rs.getDouble(2), null));
                }, id, Date.valueOf(from), Date.valueOf(to));
        DryWeatherRule.DryDays dry = rule.dryDays(from, to, series);
        List<double[]> dayLoads = new ArrayList<>();
        jdbc.query("""
                SELECT d, kg FROM (
                    SELECT local_day AS d, bod7_kg_per_day AS kg FROM plant_capacity.sample WHERE plant_id = ?
                        AND one_day AND invalid_reason IS NULL AND bod7_kg_per_day IS NOT NULL
                        AND local_day >= ? AND local_day < ?
                    UNION ALL
                    SELECT day, bod7_kg FROM plant_capacity.daily WHERE plant_id = ? AND bod7_kg IS NOT NULL
                        AND day >= ? AND day < ?) s""",
                rs -> {
                    if (dry.days().contains(rs.getDate(1).toLocalDate())) {
                        dayLoads.add(new double[] {rs.getDouble(2)});
                    }
                }, id, Date.valueOf(from), Date.valueOf(to), id, Date.valueOf(from), Date.valueOf(to));
        Double dryMean = dayLoads.isEmpty() ? null : dayLoads.stream().mapToDouble(v -> v[0]).average().orElseThrow();
        Double collected = dryMean == null ? null : dryMean * Year.of(year).length();
        Double share = collected == null || collected == 0 ? null : overflowed / collected * 100.0;
        String status = share == null ? "INSUFFICIENT_DATA" : share < OBJECTIVE_PERCENT ? "WITHIN_OBJECTIVE"
                : "ABOVE_OBJECTIVE";
        Double meanDaily = jdbc.queryForObject("""
                SELECT avg(kg) FROM (
                    SELECT bod7_kg_per_day AS kg FROM plant_capacity.sample WHERE plant_id = ? AND invalid_reason IS NULL
                        AND bod7_kg_per_day IS NOT NULL AND local_day >= ? AND local_day < ?
                    UNION ALL
                    SELECT bod7_kg FROM plant_capacity.daily WHERE plant_id = ? AND bod7_kg IS NOT NULL
                        AND day >= ? AND day < ?) s""", Double.class,
                id, Date.valueOf(from), Date.valueOf(to), id, Date.valueOf(from), Date.valueOf(to));
        Double allWeather = meanDaily == null ? null : meanDaily * Year.of(year).length() + overflowed;
        return Optional.of(new PlantOverflows(id, year, points,
                new PlantOverflows.SystemShare(overflowed, collected, share, OBJECTIVE_PERCENT, status, METHOD,
                        dry.basis(), dry.rule(), rule.assumed(), dry.days().size(), dayLoads.size(), allWeather)));
    }
}
