package se.valedger.plant;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

@Component
class PlantCapacityQueries {

    private final JdbcTemplate jdbc;

    PlantCapacityQueries(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    static final String EARLIER_RULE = "daily comparison by an earlier rule (before issue 16): one day against the "
            + "permit; not a breach of the permit, which is compared on the year's maximum average weekly load";

    /** What a daily crossing means now: flow levels are design warnings; load and 100 % rows are the earlier rule. */
    static String meaning(CapacityDimension dimension, int level) {
        if (dimension == CapacityDimension.FLOW && level < PermitUtilisation.PERMIT) {
            return "daily inflow against the design flow Qdim: a design warning, not a permit breach";
        }
        return EARLIER_RULE;
    }

    @QueryHandler
    Optional<PlantCapacity> handle(FindPlantCapacity query) {
        String id = query.plantId();
        List<String[]> plants = jdbc.query("SELECT name, thresholds FROM plant_capacity.plant WHERE plant_id = ?",
                (rs, n) -> new String[] {rs.getString(1), rs.getString(2)}, id);
        if (plants.isEmpty()) {
            return Optional.empty();
        }
        List<Integer> thresholds = plants.get(0)[1].isBlank() ? List.of()
                : Arrays.stream(plants.get(0)[1].split(",")).map(Integer::valueOf).toList();
        List<Permit> permits = jdbc.query("""
                SELECT valid_from, person_equivalents, design_flow_m3, reference, design_flow_m3_per_hour, basis FROM plant_capacity.permit
                WHERE plant_id = ? ORDER BY valid_from""",
                (rs, n) -> new Permit(rs.getInt(2), rs.getDouble(3), rs.getDate(1).toLocalDate(), rs.getString(4),
                        (Double) rs.getObject(5), PermitBasis.valueOf(rs.getString(6))), id);
        List<CapacityCalculator.DayRow> days = jdbc.query("""
                SELECT d.day, d.inflow_m3, coalesce(d.bod7_kg, s.bod7), coalesce(d.load_pe, s.pe), d.corrections
                FROM plant_capacity.daily d
                LEFT JOIN (SELECT local_day, avg(bod7_kg_per_day) AS bod7, avg(load_pe) AS pe FROM plant_capacity.sample
                           WHERE plant_id = ? AND one_day AND invalid_reason IS NULL AND load_pe IS NOT NULL
                           GROUP BY local_day) s ON s.local_day = d.day
                WHERE d.plant_id = ? ORDER BY d.day""",
                (rs, n) -> new CapacityCalculator.DayRow(rs.getDate(1).toLocalDate(), (Double) rs.getObject(2),
                        (Double) rs.getObject(3), (Double) rs.getObject(4), rs.getInt(5)), id, id);
        List<CapacityCalculator.BypassRow> bypasses = jdbc.query(
                "SELECT year, cause, volume_m3 FROM plant_capacity.bypass WHERE plant_id = ?",
                (rs, n) -> new CapacityCalculator.BypassRow(rs.getInt(1), BypassCause.valueOf(rs.getString(2)),
                        rs.getDouble(3)), id);
        List<PlantCapacity.Crossing> crossings = jdbc.query("""
                SELECT day, dimension, level_percent, direction, utilisation_pct FROM plant_capacity.crossing
                WHERE plant_id = ? ORDER BY global_index""",
                (rs, n) -> {
                    CapacityDimension dimension = CapacityDimension.valueOf(rs.getString(2));
                    return new PlantCapacity.Crossing(rs.getDate(1).toLocalDate(), dimension, rs.getInt(3),
                            rs.getString(4), rs.getDouble(5), meaning(dimension, rs.getInt(3)));
                }, id);
        CapacityCalculator calculator = new CapacityCalculator(permits, thresholds, days);
        return Optional.of(new PlantCapacity(id, plants.get(0)[0], calculator.newestPermit(), calculator.permits(),
                thresholds, CapacityCalculator.MEANS, calculator.days(query.from(), query.to()), calculator.years(),
                CapacityCalculator.bypassTotals(bypasses), calculator.extraneousWater(), calculator.forecast(),
                crossings));
    }

}
