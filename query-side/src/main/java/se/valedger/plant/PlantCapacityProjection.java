package se.valedger.plant;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.stream.Collectors;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.GlobalSequenceTrackingToken;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.TrackingToken;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import se.valedger.kernel.UtilityTime;
import se.valedger.projection.ReadModel;

/** Treatment plants' capacity facts: permits, one row per measured day, bypasses, threshold crossings. */
@Component
@ProcessingGroup(PlantCapacityProjection.GROUP)
class PlantCapacityProjection implements ReadModel {

    static final String GROUP = "plant-capacity";
    static final String SCHEMA = "plant_capacity";
    /** Bypass years are counted in the plant's local calendar. */

    private final JdbcTemplate jdbc;

    PlantCapacityProjection(JdbcTemplate jdbc) {
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
    void on(TreatmentPlantRegistered e, @org.axonframework.eventhandling.Timestamp Instant at) {
        jdbc.update("""
                INSERT INTO plant_capacity.plant (plant_id, name, thresholds, registered_at) VALUES (?, ?, ?, ?)
                ON CONFLICT (plant_id) DO NOTHING""", e.plantId(), e.name(),
                e.thresholdsPercent().stream().map(String::valueOf).collect(Collectors.joining(",")), Timestamp.from(at));
        permit(e.plantId(), e.permit());
    }

    @EventHandler
    void on(PermitChanged e) {
        permit(e.plantId(), e.permit());
    }

    private void permit(String plantId, Permit p) {
        jdbc.update("""
                INSERT INTO plant_capacity.permit (plant_id, valid_from, person_equivalents, design_flow_m3, reference,
                    basis, design_flow_m3_per_hour) VALUES (?, ?, ?, ?, ?, ?, ?)
                ON CONFLICT (plant_id, valid_from) DO UPDATE SET person_equivalents = EXCLUDED.person_equivalents,
                    design_flow_m3 = EXCLUDED.design_flow_m3, reference = EXCLUDED.reference, basis = EXCLUDED.basis,
                    design_flow_m3_per_hour = EXCLUDED.design_flow_m3_per_hour""",
                plantId, Date.valueOf(p.validFrom()), p.personEquivalents(), p.designFlowM3PerDay(), p.reference(),
                p.basis().name(), p.designFlowM3PerHour());
    }

    @EventHandler
    void on(PlantMeasurementRecorded e) {
        jdbc.update("""
                INSERT INTO plant_capacity.daily (plant_id, day, inflow_m3, bod7_kg, load_pe, total_p_kg, total_n_kg,
                    precipitation_mm, source, peak_hour_m3, peak_hour_start, hours) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                ON CONFLICT (plant_id, day) DO NOTHING""",
                e.plantId(), Date.valueOf(e.date()), e.inflowM3(), e.bod7Kg(), e.loadPe(), e.totalPhosphorusKg(),
                e.totalNitrogenKg(), e.precipitationMm(), e.source(), e.peakHourM3(),
                e.peakHourStart() == null ? null : Timestamp.from(e.peakHourStart()), e.hours());
    }

    @EventHandler
    void on(PlantMeasurementCorrected e) {
        jdbc.update("""
                UPDATE plant_capacity.daily SET inflow_m3 = ?, bod7_kg = ?, load_pe = ?, total_p_kg = ?, total_n_kg = ?,
                    precipitation_mm = ?, source = ?, corrections = corrections + 1, last_reason = ?, peak_hour_m3 = ?,
                    peak_hour_start = ?, hours = ?
                WHERE plant_id = ? AND day = ?""",
                e.inflowM3(), e.bod7Kg(), e.loadPe(), e.totalPhosphorusKg(), e.totalNitrogenKg(), e.precipitationMm(),
                e.source(), e.reason(), e.peakHourM3(), e.peakHourStart() == null ? null : Timestamp.from(e.peakHourStart()),
                e.hours(), e.plantId(), Date.valueOf(e.date()));
    }

    @EventHandler
    void on(BypassRecorded e) {
        jdbc.update("""
                INSERT INTO plant_capacity.bypass (plant_id, bypass_id, started_at, ended_at, year, volume_m3, location,
                    cause, recipient) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
                ON CONFLICT (plant_id, bypass_id) DO NOTHING""",
                e.plantId(), e.bypassId(), Timestamp.from(e.start()), Timestamp.from(e.end()),
                UtilityTime.dateOf(e.start()).getYear(), e.volumeM3(), e.location(), e.cause().name(), e.recipient());
    }

    @EventHandler
    void on(CapacityThresholdCrossed e, EventMessage<?> message, TrackingToken token) {
        crossing(message, token, e.plantId(), e.date(), e.dimension(), e.thresholdPercent(), "CROSSED", e.utilisationPercent());
    }

    @EventHandler
    void on(CapacityThresholdCleared e, EventMessage<?> message, TrackingToken token) {
        crossing(message, token, e.plantId(), e.date(), e.dimension(), e.thresholdPercent(), "CLEARED", e.utilisationPercent());
    }

    @EventHandler
    void on(PermitExceeded e, EventMessage<?> message, TrackingToken token) {
        crossing(message, token, e.plantId(), e.date(), e.dimension(), 100, "CROSSED", e.utilisationPercent());
    }

    @EventHandler
    void on(PermitExceedanceEnded e, EventMessage<?> message, TrackingToken token) {
        crossing(message, token, e.plantId(), e.date(), e.dimension(), 100, "CLEARED", e.utilisationPercent());
    }

    private void crossing(EventMessage<?> message, TrackingToken token, String plantId, java.time.LocalDate date,
                          CapacityDimension dimension, int level, String direction, double utilisation) {
        long position = token.position().orElse(0L);
        jdbc.update("""
                INSERT INTO plant_capacity.crossing (event_id, plant_id, day, dimension, level_percent, direction,
                    utilisation_pct, global_index) VALUES (?, ?, ?, ?, ?, ?, ?, ?)
                ON CONFLICT (event_id) DO NOTHING""",
                message.getIdentifier(), plantId, Date.valueOf(date), dimension.name(), level, direction, utilisation,
                position);
    }

    @EventHandler
    void on(LabSampleRecorded e) {
        java.time.LocalDate day = UtilityTime.dateOf(e.periodStart());
        boolean oneDay = e.periodStart().equals(UtilityTime.startOfDay(day))
                && e.periodEnd().equals(UtilityTime.startOfDay(day.plusDays(1)));
        String given = e.values().stream().map(v -> v.parameter() + " " + v.value() + " " + v.unit().symbol())
                .collect(Collectors.joining("; "));
        jdbc.update("""
                INSERT INTO plant_capacity.sample (plant_id, sample_id, kind, period_start, period_end, local_day, one_day,
                    week, inflow_m3, values_given, bod7_kg_per_day, bod7_basis, bod7_factor, load_pe, total_p_kg,
                    total_n_kg, source) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                ON CONFLICT (plant_id, sample_id) DO NOTHING""",
                e.plantId(), e.sampleId(), e.kind().name(), Timestamp.from(e.periodStart()), Timestamp.from(e.periodEnd()),
                Date.valueOf(day), oneDay, e.week(), e.inflowM3(), given, e.bod7KgPerDay(), e.bod7Basis(), e.bod7Factor(),
                e.loadPe(), e.totalPhosphorusKgPerDay(), e.totalNitrogenKgPerDay(), e.source());
    }

    @EventHandler
    void on(LabSampleInvalidated e) {
        jdbc.update("UPDATE plant_capacity.sample SET invalid_reason = ? WHERE plant_id = ? AND sample_id = ?",
                e.reason(), e.plantId(), e.sampleId());
    }

    @EventHandler
    void on(WeekMarkedUnusual e) {
        jdbc.update("""
                INSERT INTO plant_capacity.unusual_week (plant_id, week, reason, marked_by) VALUES (?, ?, ?, ?)
                ON CONFLICT (plant_id, week) DO UPDATE SET reason = EXCLUDED.reason, marked_by = EXCLUDED.marked_by""",
                e.plantId(), e.week(), e.reason(), e.markedBy());
    }

    @EventHandler
    void on(WeekMarkedUsual e) {
        jdbc.update("DELETE FROM plant_capacity.unusual_week WHERE plant_id = ? AND week = ?", e.plantId(), e.week());
    }

    @EventHandler
    void on(SamplingRulesChanged e) {
        SamplingRules r = e.rules();
        jdbc.update("""
                INSERT INTO plant_capacity.sampling_rules (plant_id, bod5_to_bod7_factor, cod_to_bod7_factor,
                    min_samples_per_week, samples_per_year) VALUES (?, ?, ?, ?, ?)
                ON CONFLICT (plant_id) DO UPDATE SET bod5_to_bod7_factor = EXCLUDED.bod5_to_bod7_factor,
                    cod_to_bod7_factor = EXCLUDED.cod_to_bod7_factor, min_samples_per_week = EXCLUDED.min_samples_per_week,
                    samples_per_year = EXCLUDED.samples_per_year""",
                e.plantId(), r.bod5ToBod7Factor(), r.codToBod7Factor(), r.minSamplesPerWeek(), r.samplesPerYear());
    }

    @EventHandler
    void on(PermittedLoadExceeded e, EventMessage<?> message, TrackingToken token) {
        weekly(message, token, e.plantId(), e.year(), e.week(), PermitUtilisation.PERMIT, "CROSSED", e.basis().name(),
                e.loadPe(), e.utilisationPercent());
    }

    @EventHandler
    void on(PermittedLoadWithinAgain e, EventMessage<?> message, TrackingToken token) {
        weekly(message, token, e.plantId(), e.year(), e.week(), PermitUtilisation.PERMIT, "CLEARED", e.basis().name(),
                e.loadPe(), e.utilisationPercent());
    }

    @EventHandler
    void on(WeeklyLoadLevelCrossed e, EventMessage<?> message, TrackingToken token) {
        weekly(message, token, e.plantId(), e.year(), e.week(), e.levelPercent(), "CROSSED", null, e.loadPe(),
                e.utilisationPercent());
    }

    @EventHandler
    void on(WeeklyLoadLevelCleared e, EventMessage<?> message, TrackingToken token) {
        weekly(message, token, e.plantId(), e.year(), e.week(), e.levelPercent(), "CLEARED", null, e.loadPe(),
                e.utilisationPercent());
    }

    private void weekly(EventMessage<?> message, TrackingToken token, String plantId, int year, String week, int level,
                        String direction, String basis, Double load, Double utilisation) {
        jdbc.update("""
                INSERT INTO plant_capacity.weekly_crossing (event_id, plant_id, year, week, level_percent, direction, basis,
                    load_pe, utilisation_pct, global_index) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                ON CONFLICT (event_id) DO NOTHING""",
                message.getIdentifier(), plantId, year, week, level, direction, basis, load, utilisation,
                token.position().orElse(0L));
    }

    @EventHandler
    void on(DesignFlowExceeded e, EventMessage<?> message) {
        jdbc.update("""
                INSERT INTO plant_capacity.design_flow_exceedance (event_id, plant_id, day, basis, hour_start, measured_m3,
                    design_m3) VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT (event_id) DO NOTHING""",
                message.getIdentifier(), e.plantId(), Date.valueOf(e.date()), e.basis(),
                e.hourStart() == null ? null : Timestamp.from(e.hourStart()), e.measuredM3(), e.designFlowM3());
    }

    @EventHandler
    void on(OverflowPointRegistered e) {
        jdbc.update("""
                INSERT INTO plant_capacity.overflow_point (plant_id, point_id, name, type, east, north, recipient)
                VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT (plant_id, point_id) DO NOTHING""",
                e.plantId(), e.pointId(), e.name(), e.type().name(), e.east(), e.north(), e.recipient());
    }

    @EventHandler
    void on(OverflowRecorded e) {
        jdbc.update("""
                INSERT INTO plant_capacity.overflow (plant_id, overflow_id, point_id, started_at, ended_at, year, volume_m3,
                    measured, bod7_kg, total_p_kg, total_n_kg, cause) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                ON CONFLICT (plant_id, overflow_id) DO NOTHING""",
                e.plantId(), e.overflowId(), e.pointId(), Timestamp.from(e.start()), Timestamp.from(e.end()),
                UtilityTime.dateOf(e.start()).getYear(), e.volumeM3(), e.volumeMeasured(), e.bod7Kg(),
                e.totalPhosphorusKg(), e.totalNitrogenKg(), e.cause().name());
    }

    @ResetHandler
    void reset() {
        jdbc.update("TRUNCATE plant_capacity.plant, plant_capacity.permit, plant_capacity.daily, plant_capacity.bypass, "
                + "plant_capacity.crossing, plant_capacity.sample, plant_capacity.unusual_week, plant_capacity.sampling_rules, "
                + "plant_capacity.weekly_crossing, plant_capacity.design_flow_exceedance, plant_capacity.overflow_point, "
                + "plant_capacity.overflow");
    }
}
