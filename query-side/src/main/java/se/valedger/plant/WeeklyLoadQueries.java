package se.valedger.plant;

import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The weekly load of a plant's year ({@link WeeklyLoad}) from the plant-capacity tables: the lab samples, and the
 * BOD7 of day measurements recorded before samples existed (read as a 24-hour composite of that calendar day).
 */
@Component
class WeeklyLoadQueries {

    static final String METHOD = "Maximum average weekly load of the year, unusual weeks excluded (91/271/EEC Art. 2(6), "
            + "4(4); (EU) 2024/3019; Naturvårdsverket's guidance under NFS 2016:6): a week's load is the mean of its "
            + "valid samples' daily BOD7 loads, 70 g BOD7 per pe and day";
    static final String DAY_MEASUREMENT = "BOD7 of a day measurement (recorded before lab samples; read as a 24-hour "
            + "composite of the day)";

    private final JdbcTemplate jdbc;

    WeeklyLoadQueries(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @QueryHandler
    Optional<PlantWeeklyLoad> handle(FindWeeklyLoad query) {
        String id = query.plantId();
        Integer plants = jdbc.queryForObject("SELECT count(*) FROM plant_capacity.plant WHERE plant_id = ?", Integer.class, id);
        if (plants == null || plants == 0) {
            return Optional.empty();
        }
        TreeMap<LocalDate, Permit> permits = new TreeMap<>();
        jdbc.query("SELECT valid_from, person_equivalents, design_flow_m3, reference, design_flow_m3_per_hour, basis FROM plant_capacity.permit "
                        + "WHERE plant_id = ?", rs -> {
                    Permit p = new Permit(rs.getInt(2), rs.getDouble(3), rs.getDate(1).toLocalDate(), rs.getString(4),
                        (Double) rs.getObject(5), PermitBasis.valueOf(rs.getString(6)));
                    permits.put(p.validFrom(), p);
                }, id);
        SamplingRules rules = jdbc.query("""
                SELECT bod5_to_bod7_factor, cod_to_bod7_factor, min_samples_per_week, samples_per_year
                FROM plant_capacity.sampling_rules WHERE plant_id = ?""",
                (rs, n) -> new SamplingRules((Double) rs.getObject(1), (Double) rs.getObject(2), rs.getInt(3), rs.getInt(4)),
                id).stream().findFirst().orElse(SamplingRules.defaults());
        int year = query.year();
        LocalDate from = IsoWeeks.monday("year", String.format(java.util.Locale.ROOT, "%04d-W01", year));
        LocalDate to = from.plusWeeks(from.range(java.time.temporal.IsoFields.WEEK_OF_WEEK_BASED_YEAR).getMaximum());
        List<PlantWeeklyLoad.Sample> samples = new ArrayList<>(jdbc.query("""
                SELECT sample_id, week, kind, period_start, period_end, load_pe, bod7_kg_per_day, bod7_basis, bod7_factor,
                    invalid_reason FROM plant_capacity.sample
                WHERE plant_id = ? AND week LIKE ? ORDER BY period_start, sample_id""",
                (rs, n) -> new PlantWeeklyLoad.Sample(rs.getString(1), rs.getString(2), SampleKind.valueOf(rs.getString(3)),
                        rs.getTimestamp(4).toInstant().toString(), rs.getTimestamp(5).toInstant().toString(),
                        (Double) rs.getObject(6), (Double) rs.getObject(7), rs.getString(8), (Double) rs.getObject(9),
                        rs.getString(10) == null, rs.getString(10)),
                id, year + "-W%"));
        samples.addAll(jdbc.query("""
                SELECT day, load_pe, bod7_kg FROM plant_capacity.daily
                WHERE plant_id = ? AND load_pe IS NOT NULL AND day >= ? AND day < ? ORDER BY day""",
                (rs, n) -> {
                    LocalDate day = rs.getDate(1).toLocalDate();
                    return new PlantWeeklyLoad.Sample("day:" + day, IsoWeeks.of(day), SampleKind.DAILY_COMPOSITE,
                            se.valedger.kernel.UtilityTime.startOfDay(day).toString(),
                            se.valedger.kernel.UtilityTime.startOfDay(day.plusDays(1)).toString(),
                            rs.getDouble(2), rs.getDouble(3), DAY_MEASUREMENT, null, true, null);
                }, id, Date.valueOf(from), Date.valueOf(to)));
        Map<String, String> reasons = new HashMap<>();
        Map<String, String> markedBy = new HashMap<>();
        jdbc.query("SELECT week, reason, marked_by FROM plant_capacity.unusual_week WHERE plant_id = ? AND week LIKE ?",
                rs -> {
                    reasons.put(rs.getString(1), rs.getString(2));
                    markedBy.put(rs.getString(1), rs.getString(3));
                }, id, year + "-W%");
        List<WeeklyLoad.SampleLoad> loads = samples.stream().filter(s -> s.valid() && s.loadPe() != null)
                .map(s -> new WeeklyLoad.SampleLoad(s.sampleId(), s.week(), s.kind(), s.loadPe())).toList();
        WeeklyLoad.Year result = WeeklyLoad.of(year, loads, reasons, rules.minSamplesPerWeek());
        List<PlantWeeklyLoad.Week> weeks = result.weeks().stream().map(w -> new PlantWeeklyLoad.Week(w.week(), w.loadPe(),
                w.samples(), w.singleDay() ? "single-day" : w.samples() + " samples", w.unusual(), w.reason(),
                markedBy.get(w.week()), w.counted())).toList();
        Permit permit = permits.isEmpty() ? null : PermitUtilisation.permitOn(permits,
                result.max() != null ? IsoWeeks.monday("week", result.max().week()) : to.minusDays(1));
        PlantWeeklyLoad.MaxWeek max = result.max() == null ? null : new PlantWeeklyLoad.MaxWeek(result.max().week(),
                result.max().loadPe(), result.max().samples(), result.max().singleDay());
        List<String> assumed = new ArrayList<>();
        boolean permitAssumed = permit != null && permit.reference().toUpperCase(java.util.Locale.ROOT).contains("ASSUMED");
        if (permitAssumed) {
            assumed.add("permit: ASSUMED default figures (" + permit.personEquivalents() + " pe), not a decision; the plant "
                    + "engineer enters the decision via POST /api/plants/" + id + "/permit");
        }
        if (rules.assumed()) {
            assumed.add("sampling rules: ASSUMED defaults (" + rules.minSamplesPerWeek() + " sample a week, "
                    + rules.samplesPerYear() + " a year, no BOD5/COD factor); set via POST /api/plants/" + id
                    + "/sampling-rules");
        }
        List<PlantWeeklyLoad.Event> events = jdbc.query("""
                SELECT week, level_percent, direction, load_pe, utilisation_pct FROM plant_capacity.weekly_crossing
                WHERE plant_id = ? AND year = ? ORDER BY global_index""",
                (rs, n) -> new PlantWeeklyLoad.Event(rs.getString(1), rs.getInt(2), rs.getString(3),
                        (Double) rs.getObject(4), (Double) rs.getObject(5)), id, year);
        int validInYear = (int) samples.stream().filter(PlantWeeklyLoad.Sample::valid).count();
        return Optional.of(new PlantWeeklyLoad(id, year, METHOD, IsoWeeks.RULE,
                permit == null ? 0 : permit.personEquivalents(), permit == null ? null : permit.reference(), permitAssumed,
                max, max == null || permit == null ? null : max.loadPe() / permit.personEquivalents() * 100.0, weeks,
                samples, validInYear, rules.samplesPerYear(), validInYear >= rules.samplesPerYear(),
                rules.minSamplesPerWeek(), rules.bod5ToBod7Factor(), rules.codToBod7Factor(), rules.assumed(), assumed,
                permit == null ? PermitBasis.MAX_AVERAGE_WEEKLY_LOAD : permit.basis(),
                permit == null ? null : permit.designFlowM3PerDay(), permit == null ? null : permit.designFlowM3PerHour(),
                events, designDays(id, from, to, "DAILY"), designDays(id, from, to, "HOURLY"), peakHours(id, from, to)));
    }

    private List<PlantWeeklyLoad.PeakHour> peakHours(String id, LocalDate from, LocalDate to) {
        return jdbc.query("""
                SELECT day, peak_hour_m3, peak_hour_start FROM plant_capacity.daily
                WHERE plant_id = ? AND peak_hour_m3 IS NOT NULL AND day >= ? AND day < ? ORDER BY day""",
                (rs, n) -> new PlantWeeklyLoad.PeakHour(rs.getDate(1).toLocalDate(), rs.getDouble(2),
                        rs.getTimestamp(3) == null ? null : rs.getTimestamp(3).toInstant().toString()),
                id, Date.valueOf(from), Date.valueOf(to));
    }

    private int designDays(String id, LocalDate from, LocalDate to, String basis) {
        Integer n = jdbc.queryForObject("""
                SELECT count(DISTINCT day) FROM plant_capacity.design_flow_exceedance
                WHERE plant_id = ? AND basis = ? AND day >= ? AND day < ?""", Integer.class, id, basis,
                Date.valueOf(from), Date.valueOf(to));
        return n == null ? 0 : n;
    }
}
