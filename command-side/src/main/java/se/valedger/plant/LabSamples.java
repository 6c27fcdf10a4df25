package se.valedger.plant;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import se.valedger.kernel.InvalidInput;
import se.valedger.kernel.UtilityTime;

/**
 * A lab result turned into loads, or refused naming the field.
 *
 * <ul>
 * <li>A concentration becomes a load only with the flow of the same period: kg/d = mg/l x (m3 over the period /
 *     days of the period) / 1000 (mg/l = g/m3). A concentration without a flow is refused.</li>
 * <li>BOD7 is taken as measured; else BOD5 x the plant's BOD5->BOD7 factor; else COD x the COD->BOD7 factor
 *     ({@link SamplingRules}). A BOD5 or COD value without a configured factor, and no BOD7 beside it, is
 *     refused: it is never converted by a guessed ratio. The answer names the factor used.</li>
 * <li>A value without a known unit is refused ({@link LabUnit}).</li>
 * <li>The period: start before end, at most {@value #MAX_PERIOD_DAYS} days, not in the future; a calendar day in
 *     the utility's calendar when only a date is given.</li>
 * </ul>
 */
final class LabSamples {

    static final int MAX_PERIOD_DAYS = 31;
    static final double MAX_MG_PER_L = 100_000;

    private LabSamples() {
    }

    static LabSampleRecorded recorded(String plantId, RecordLabSample c, SamplingRules rules, Clock clock) {
        Instant start = c.periodStart();
        Instant end = c.periodEnd();
        if (start == null && end == null) {
            if (c.date() == null) {
                throw new InvalidInput("date", "a sample needs its period (periodStart and periodEnd) or its date "
                        + "(the calendar day it was taken)");
            }
            PlausiblePlantFigures.checkDate("date", c.date());
            start = UtilityTime.startOfDay(c.date());
            end = UtilityTime.startOfDay(c.date().plusDays(1));
        } else {
            PlausiblePlantFigures.required("periodStart", start);
            PlausiblePlantFigures.required("periodEnd", end);
            if (c.date() != null && !UtilityTime.dateOf(start).equals(c.date())) {
                throw new InvalidInput("date", "date " + c.date() + " is not the day the period starts on ("
                        + UtilityTime.dateOf(start) + "); give the period or the date");
            }
        }
        if (!end.isAfter(start)) {
            throw new InvalidInput("periodEnd", "a sample period ends after it starts (start " + start + ", end " + end + ")");
        }
        Duration length = Duration.between(start, end);
        if (length.compareTo(Duration.ofDays(MAX_PERIOD_DAYS)) > 0) {
            throw new InvalidInput("periodEnd", "a composite sample covers at most " + MAX_PERIOD_DAYS + " days, this one "
                    + length.toHours() + " hours");
        }
        if (start.isBefore(UtilityTime.startOfDay(PlausiblePlantFigures.EARLIEST_DATE))) {
            throw new InvalidInput("periodStart", "a sample period starts " + PlausiblePlantFigures.EARLIEST_DATE + " or later");
        }
        if (end.isAfter(clock.instant().plus(Duration.ofDays(1)))) {
            throw new InvalidInput("periodEnd", "sample period end " + end + " is in the future");
        }
        SampleKind kind = c.kind() != null ? c.kind()
                : length.compareTo(Duration.ofHours(25)) <= 0 ? SampleKind.DAILY_COMPOSITE : SampleKind.WEEKLY_COMPOSITE;
        double days = length.toSeconds() / 86_400.0;
        if (c.inflowM3() != null && (!Double.isFinite(c.inflowM3()) || c.inflowM3() <= 0
                || c.inflowM3() / days > PlausiblePlantFigures.MAX_DAILY_FLOW_M3)) {
            throw new InvalidInput("inflowM3", "the period's inflow is more than 0 and at most "
                    + (long) PlausiblePlantFigures.MAX_DAILY_FLOW_M3 + " m3 a day, was " + c.inflowM3());
        }
        Double flowPerDay = c.inflowM3() == null ? null : c.inflowM3() / days;
        if (c.values() == null || c.values().isEmpty()) {
            throw new InvalidInput("values", "a sample needs at least one lab value (BOD7, BOD5, COD, TOT_P, TOT_N)");
        }
        Map<LabParameter, Double> loads = new EnumMap<>(LabParameter.class);
        List<SampleValue> given = new ArrayList<>();
        for (int i = 0; i < c.values().size(); i++) {
            SampleValue v = c.values().get(i);
            String field = "values[" + i + "]";
            if (v == null || v.parameter() == null) {
                throw new InvalidInput(field + ".parameter", "each value names its parameter: BOD7, BOD5, COD, TOT_P or TOT_N");
            }
            field = "values." + v.parameter();
            if (loads.containsKey(v.parameter())) {
                throw new InvalidInput(field, v.parameter() + " is given twice in one sample");
            }
            if (v.unit() == null) {
                throw new InvalidInput(field + ".unit", "the unit of " + v.parameter() + " is not known; give mg/l "
                        + "(MG_PER_L) or kg/d (KG_PER_DAY), it is never guessed");
            }
            if (v.value() == null || !Double.isFinite(v.value()) || v.value() < 0
                    || v.value() > (v.unit() == LabUnit.MG_PER_L ? MAX_MG_PER_L : PlausiblePlantFigures.MAX_DAILY_KG)) {
                throw new InvalidInput(field + ".value", v.parameter() + " must be a number from 0 to "
                        + (long) (v.unit() == LabUnit.MG_PER_L ? MAX_MG_PER_L : PlausiblePlantFigures.MAX_DAILY_KG)
                        + " " + v.unit().symbol() + ", was " + v.value());
            }
            double kgPerDay;
            if (v.unit() == LabUnit.MG_PER_L) {
                if (flowPerDay == null) {
                    throw new InvalidInput("inflowM3", v.parameter() + " is a concentration (mg/l); it becomes a load "
                            + "only with the inflow of the same period, and none was given");
                }
                kgPerDay = v.value() * flowPerDay / 1000.0;
            } else {
                kgPerDay = v.value();
            }
            loads.put(v.parameter(), kgPerDay);
            given.add(v);
        }
        Double bod7 = null;
        String basis = null;
        Double factor = null;
        if (loads.containsKey(LabParameter.BOD7)) {
            bod7 = loads.get(LabParameter.BOD7);
            basis = "BOD7 as measured";
        } else if (loads.containsKey(LabParameter.BOD5) || loads.containsKey(LabParameter.COD)) {
            LabParameter from = loads.containsKey(LabParameter.BOD5) ? LabParameter.BOD5 : LabParameter.COD;
            factor = from == LabParameter.BOD5 ? rules.bod5ToBod7Factor() : rules.codToBod7Factor();
            if (factor == null) {
                throw new InvalidInput("values." + from, from + " becomes BOD7 only with a factor the plant has "
                        + "configured (POST /api/plants/" + plantId + "/sampling-rules, "
                        + (from == LabParameter.BOD5 ? "bod5ToBod7Factor" : "codToBod7Factor") + "); none is set");
            }
            bod7 = loads.get(from) * factor;
            basis = String.format(Locale.ROOT, "%s x %s (the plant's %s)", from, factor,
                    from == LabParameter.BOD5 ? "bod5ToBod7Factor" : "codToBod7Factor");
        }
        PlausiblePlantFigures.checkText("source", c.source(), 200);
        String sampleId = c.sampleId() == null || c.sampleId().isBlank() ? UUID.randomUUID().toString() : c.sampleId().strip();
        PlausiblePlantFigures.checkText("sampleId", sampleId, 200);
        return new LabSampleRecorded(plantId, sampleId, kind, start, end, IsoWeeks.ofPeriod(start, end), c.inflowM3(),
                flowPerDay, List.copyOf(given), bod7, basis, factor, PersonEquivalents.fromBod7Kg(bod7),
                loads.get(LabParameter.TOT_P), loads.get(LabParameter.TOT_N), c.source());
    }

    /** What makes two samples exact duplicates: the same period, parameter, unit and value. */
    static List<String> fingerprints(LabSampleRecorded e) {
        return e.values().stream().map(v -> e.periodStart() + "|" + e.periodEnd() + "|" + v.parameter() + "|" + v.unit()
                + "|" + v.value()).toList();
    }
}
