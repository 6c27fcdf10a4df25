package se.valedger.plant;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;
import se.valedger.kernel.InvalidInput;
import se.valedger.kernel.RuleViolated;

/**
 * A wastewater treatment plant: its permit, a measurement a day, bypasses, and the crossings of
 * its utilisation thresholds. Its stream grows by about one event a day, so it is snapshotted;
 * its state is plain fields Jackson can write and read back (snapshots use the general serializer).
 */
@Aggregate(snapshotTriggerDefinition = TreatmentPlant.SNAPSHOT_TRIGGER, cache = "treatmentPlantCache")
@JsonAutoDetect(fieldVisibility = JsonAutoDetect.Visibility.ANY, getterVisibility = JsonAutoDetect.Visibility.NONE,
        isGetterVisibility = JsonAutoDetect.Visibility.NONE, setterVisibility = JsonAutoDetect.Visibility.NONE)
class TreatmentPlant {

    /** The bean name of the snapshot trigger (declared in infra). */
    static final String SNAPSHOT_TRIGGER = "treatmentPlantSnapshotTrigger";

    @AggregateIdentifier
    private String plantId;
    private List<Integer> levels = new ArrayList<>();
    /** Permits by the day they are valid from. */
    private TreeMap<LocalDate, Permit> permits = new TreeMap<>();
    private TreeMap<LocalDate, DayValues> days = new TreeMap<>();
    /** Per dimension, the highest level the latest measured day is above (0: none). */
    private Map<CapacityDimension, Integer> passed = new EnumMap<>(CapacityDimension.class);
    /** Bypass ids with what was recorded under them, so a re-send is recognised. */
    private Map<String, String> bypasses = new HashMap<>();
    private SamplingRules samplingRules = SamplingRules.defaults();
    /** Valid lab samples with a BOD7 load, by id, with their week (a sample invalidated is removed). */
    private Map<String, WeeklyLoad.SampleLoad> samples = new HashMap<>();
    /** The week of every sample ever recorded, by id. */
    private Map<String, String> sampleWeeks = new HashMap<>();
    private java.util.Set<String> invalidated = new java.util.HashSet<>();
    /** "period|parameter|unit|value" of every stored value, so an exact duplicate is recognised. */
    private Map<String, String> sampleFingerprints = new HashMap<>();
    /** Per ISO week-based year, the highest level its weekly figure is above (0: none; 100: the permit). */
    private TreeMap<Integer, Integer> weeklyPassed = new TreeMap<>();
    /** Registered overflow points by id, with what was registered (a re-send is recognised). */
    private Map<String, String> overflowPoints = new HashMap<>();
    /** Overflow ids with what was recorded under them. */
    private Map<String, String> overflows = new HashMap<>();
    /** Weeks marked unusual, with the reason. */
    private TreeMap<String, String> unusualWeeks = new TreeMap<>();

    TreatmentPlant() {
        // for Axon and Jackson
    }

    @CommandHandler
    TreatmentPlant(RegisterTreatmentPlant command) {
        PlausiblePlantFigures.checkId(command.plantId());
        if (command.name() == null || command.name().isBlank()) {
            throw new InvalidInput("name", "a plant needs a name, e.g. Göviken");
        }
        PlausiblePlantFigures.checkText("name", command.name(), 200);
        Permit permit = command.permit();
        PlausiblePlantFigures.required("permit", permit);
        PlausiblePlantFigures.checkPermit("permit.", permit.personEquivalents(), permit.designFlowM3PerDay(),
                permit.validFrom(), permit.reference(), "permit.reference");
        PlausiblePlantFigures.checkHourlyDesignFlow("permit.designFlowM3PerHour", permit.designFlowM3PerHour(),
                permit.designFlowM3PerDay());
        apply(new TreatmentPlantRegistered(command.plantId(), command.name().strip(),
                new Permit(permit.personEquivalents(), permit.designFlowM3PerDay(), permit.validFrom(),
                        permit.reference().strip(), permit.designFlowM3PerHour(), permit.basis()),
                PlausiblePlantFigures.thresholds(command.thresholdsPercent())));
    }

    @CommandHandler
    void handle(ChangePermit command) {
        PlausiblePlantFigures.checkPermit("", command.personEquivalents(), command.designFlowM3PerDay(),
                command.validFrom(), command.decisionReference(), "decisionReference");
        PlausiblePlantFigures.checkHourlyDesignFlow("designFlowM3PerHour", command.designFlowM3PerHour(),
                command.designFlowM3PerDay());
        Permit permit = new Permit(command.personEquivalents(), command.designFlowM3PerDay(), command.validFrom(),
                command.decisionReference().strip(), command.designFlowM3PerHour(), command.basis());
        if (permit.equals(permits.get(permit.validFrom()))) {
            return;
        }
        apply(new PermitChanged(plantId, permit));
        int from = IsoWeeks.yearOf(IsoWeeks.of(permit.validFrom()));
        for (int year : yearsWithLoads()) {
            if (year >= from) {
                reviewYear(year);
            }
        }
    }

    @CommandHandler
    MeasurementOutcome handle(RecordPlantMeasurement command, Clock clock) {
        PlausiblePlantFigures.checkMeasurement(command, clock);
        LocalDate date = command.date();
        DayValues recorded = days.get(date);
        DayValues values = recorded == null ? DayValues.of(command) : recorded.overriddenBy(DayValues.of(command));
        MeasurementOutcome outcome;
        if (recorded == null) {
            apply(new PlantMeasurementRecorded(plantId, date, values.inflowM3(), values.bod7Kg(),
                    PersonEquivalents.fromBod7Kg(values.bod7Kg()), values.totalPhosphorusKg(),
                    values.totalNitrogenKg(), values.precipitationMm(), command.source(), values.peakHourM3(),
                    values.peakHourStart(), values.hours()));
            outcome = MeasurementOutcome.CREATED;
        } else if (values.equals(recorded)) {
            return MeasurementOutcome.UNCHANGED;
        } else {
            String reason = command.reason() == null || command.reason().isBlank()
                    ? "a second measurement for " + date + (command.source() == null ? "" : " from " + command.source())
                    + " supersedes the first"
                    : command.reason().strip();
            apply(new PlantMeasurementCorrected(plantId, date, values.inflowM3(), values.bod7Kg(),
                    PersonEquivalents.fromBod7Kg(values.bod7Kg()), values.totalPhosphorusKg(),
                    values.totalNitrogenKg(), values.precipitationMm(), command.source(), reason, values.peakHourM3(),
                    values.peakHourStart(), values.hours()));
            outcome = MeasurementOutcome.CORRECTED;
        }
        if (!date.isBefore(days.lastKey())) {
            applyCrossings(date, values);
        }
        designFlow(date, values, recorded);
        if (values.bod7Kg() != null || (recorded != null && recorded.bod7Kg() != null)) {
            reviewYear(IsoWeeks.yearOf(IsoWeeks.of(date)));
        }
        return outcome;
    }

    /**
     * Daily crossings of the flow's warning levels follow the latest measured day: a late or corrected older day is
     * recorded (and counted by the projections) but does not move the plant's current crossing state. Since issue
     * 16 neither dimension fires a per-day {@link PermitExceeded}: the load is compared with the permit on the
     * year's weekly figure ({@link #reviewYear}), the flow with Qdim as a design matter ({@link DesignFlowExceeded}).
     */
    private void applyCrossings(LocalDate date, DayValues values) {
        Permit permit = PermitUtilisation.permitOn(permits, date);
        CapacityDimension dimension = CapacityDimension.FLOW;
        Double measured = values.valueOf(dimension);
        if (measured == null) {
            return;
        }
        List<Integer> warnings = levels.stream().filter(l -> l < PermitUtilisation.PERMIT).toList();
        double permitted = PermitUtilisation.permitted(permit, dimension);
        double utilisation = PermitUtilisation.utilisation(measured, permitted);
        int was = Math.min(passed.getOrDefault(dimension, 0), warnings.isEmpty() ? 0 : warnings.get(warnings.size() - 1));
        int now = PermitUtilisation.highestPassed(warnings, utilisation);
        for (int level : warnings) {
            if (level > was && level <= now) {
                apply(new CapacityThresholdCrossed(plantId, date, dimension, level, utilisation));
            }
        }
        for (int i = warnings.size() - 1; i >= 0; i--) {
            int level = warnings.get(i);
            if (level > now && level <= was) {
                apply(new CapacityThresholdCleared(plantId, date, dimension, level, utilisation));
            }
        }
    }

    /** A day's inflow above Qdim per day, and its peak hour above Qdim per hour (when the permit gives it). */
    private void designFlow(LocalDate date, DayValues values, DayValues recorded) {
        Permit permit = PermitUtilisation.permitOn(permits, date);
        if (values.inflowM3() != null && values.inflowM3() > permit.designFlowM3PerDay()
                && (recorded == null || recorded.inflowM3() == null || recorded.inflowM3() <= permit.designFlowM3PerDay())) {
            apply(new DesignFlowExceeded(plantId, date, "DAILY", null, values.inflowM3(), permit.designFlowM3PerDay()));
        }
        Double hourly = permit.designFlowM3PerHour();
        if (hourly != null && values.peakHourM3() != null && values.peakHourM3() > hourly
                && (recorded == null || recorded.peakHourM3() == null || recorded.peakHourM3() <= hourly)) {
            apply(new DesignFlowExceeded(plantId, date, "HOURLY", values.peakHourStart(), values.peakHourM3(), hourly));
        }
    }

    /** The valid sample loads the weekly figure is computed on: lab samples, and the BOD7 of day measurements. */
    private List<WeeklyLoad.SampleLoad> sampleLoads() {
        List<WeeklyLoad.SampleLoad> loads = new ArrayList<>(samples.values());
        days.forEach((date, values) -> {
            if (values.bod7Kg() != null) {
                loads.add(new WeeklyLoad.SampleLoad("day:" + date, IsoWeeks.of(date), SampleKind.DAILY_COMPOSITE,
                        PersonEquivalents.fromBod7Kg(values.bod7Kg())));
            }
        });
        return loads;
    }

    private java.util.SortedSet<Integer> yearsWithLoads() {
        java.util.SortedSet<Integer> years = new java.util.TreeSet<>(weeklyPassed.keySet());
        sampleLoads().forEach(l -> years.add(IsoWeeks.yearOf(l.week())));
        return years;
    }

    /**
     * The year's figure on the permit's basis against the permitted connection valid on the deciding week's Monday
     * ({@link WeeklyLoad}, {@link PermitBasis}); the warning levels and the permit fire once per crossing, and
     * clear when the figure falls back (a week marked unusual, a sample invalidated).
     */
    private void reviewYear(int year) {
        WeeklyLoad.Year figure = WeeklyLoad.of(year, sampleLoads(), unusualWeeks, samplingRules.minSamplesPerWeek());
        int was = weeklyPassed.getOrDefault(year, 0);
        String week = figure.max() == null ? null : figure.max().week();
        Permit permit = PermitUtilisation.permitOn(permits, week != null ? IsoWeeks.monday("week", week)
                : IsoWeeks.monday("week", year + "-W01"));
        Double load = null;
        if (figure.max() != null) {
            load = permit.basis() == PermitBasis.ANNUAL_MEAN
                    ? figure.weeks().stream().filter(WeeklyLoad.Week::counted).mapToDouble(WeeklyLoad.Week::loadPe)
                            .average().orElseThrow()
                    : figure.max().loadPe();
        }
        Double utilisation = load == null ? null : load / permit.personEquivalents() * 100.0;
        int now = utilisation == null ? 0 : PermitUtilisation.highestPassed(levels, utilisation);
        for (int level : levels) {
            if (level > was && level <= now) {
                apply(level == PermitUtilisation.PERMIT
                        ? new PermittedLoadExceeded(plantId, year, week, permit.basis(), load, permit.personEquivalents(),
                                utilisation)
                        : new WeeklyLoadLevelCrossed(plantId, year, level, week, load, utilisation));
            }
        }
        for (int i = levels.size() - 1; i >= 0; i--) {
            int level = levels.get(i);
            if (level > now && level <= was) {
                apply(level == PermitUtilisation.PERMIT
                        ? new PermittedLoadWithinAgain(plantId, year, week, permit.basis(), load,
                                permit.personEquivalents(), utilisation)
                        : new WeeklyLoadLevelCleared(plantId, year, level, week, load, utilisation));
            }
        }
    }

    @CommandHandler
    void handle(RecordBypass command, Clock clock) {
        PlausiblePlantFigures.checkBypass(command, clock);
        BypassRecorded event = new BypassRecorded(plantId, command.bypassId(), command.start(), command.end(),
                command.volumeM3(), command.location().strip(), command.cause(),
                command.recipient() == null || command.recipient().isBlank() ? null : command.recipient().strip());
        String recorded = bypasses.get(command.bypassId());
        if (recorded != null) {
            if (recorded.equals(fingerprint(event))) {
                return;
            }
            throw new RuleViolated("BypassIdsAreNeverReused", "bypass " + command.bypassId()
                    + " is already recorded with other figures; bypasses are recorded once, under a new id");
        }
        apply(event);
    }

    @CommandHandler
    LabSampleRecorded handle(RecordLabSample command, Clock clock) {
        LabSampleRecorded event = LabSamples.recorded(plantId, command, samplingRules, clock);
        if (sampleWeeks.containsKey(event.sampleId())) {
            throw new RuleViolated("SampleIdsAreNeverReused", "sample " + event.sampleId()
                    + " is already recorded; a sample is recorded once (invalidate it and record a new one)");
        }
        for (int i = 0; i < event.values().size(); i++) {
            String other = sampleFingerprints.get(LabSamples.fingerprints(event).get(i));
            if (other != null) {
                SampleValue v = event.values().get(i);
                throw new RuleViolated(DUPLICATE_SAMPLE, v.parameter() + ": " + v.value() + " " + v.unit().symbol()
                        + " for the period " + event.periodStart() + " to " + event.periodEnd()
                        + " is an exact duplicate of sample " + other + "; it is stored already");
            }
        }
        apply(event);
        if (event.loadPe() != null) {
            reviewYear(IsoWeeks.yearOf(event.week()));
        }
        return event;
    }

    /** The rule name of an exact duplicate; its reason starts with the parameter ("BOD7: ..."). */
    static final String DUPLICATE_SAMPLE = "ExactDuplicateSamplesAreRefused";

    @CommandHandler
    void handle(InvalidateLabSample command) {
        PlausiblePlantFigures.required("sampleId", command.sampleId());
        String week = sampleWeeks.get(command.sampleId());
        if (week == null) {
            throw new se.valedger.kernel.NotFound("No sample " + command.sampleId() + " at plant " + plantId);
        }
        String reason = requiredText("reason", command.reason(), "say why the sample is not to be used, e.g. "
                + "the sampler failed");
        if (invalidated.contains(command.sampleId())) {
            return;
        }
        apply(new LabSampleInvalidated(plantId, command.sampleId(), week, reason));
        reviewYear(IsoWeeks.yearOf(week));
    }

    @CommandHandler
    void handle(MarkWeekUnusual command, Clock clock) {
        String week = checkWeek(command.week(), clock);
        String reason = requiredText("reason", command.reason(), "say what was unusual, e.g. extreme rain 12-14 August");
        requiredText("markedBy", command.markedBy(), "the person marking the week");
        if (unusualWeeks.containsKey(week)) {
            if (unusualWeeks.get(week).equals(reason)) {
                return;
            }
            throw new RuleViolated("UnusualWeeksAreMarkedOnce", week + " is already marked unusual (" + unusualWeeks.get(week)
                    + "); mark it usual first to give another reason");
        }
        apply(new WeekMarkedUnusual(plantId, week, reason, command.markedBy()));
        reviewYear(IsoWeeks.yearOf(week));
    }

    @CommandHandler
    void handle(MarkWeekUsual command, Clock clock) {
        String week = checkWeek(command.week(), clock);
        String reason = requiredText("reason", command.reason(), "say why the marking is withdrawn");
        requiredText("markedBy", command.markedBy(), "the person withdrawing the marking");
        if (!unusualWeeks.containsKey(week)) {
            throw new RuleViolated("OnlyUnusualWeeksAreMadeUsual", week + " is not marked unusual");
        }
        apply(new WeekMarkedUsual(plantId, week, reason, command.markedBy()));
        reviewYear(IsoWeeks.yearOf(week));
    }

    @CommandHandler
    void handle(ChangeSamplingRules command) {
        Double bod5 = command.bod5ToBod7Factor() != null ? command.bod5ToBod7Factor() : samplingRules.bod5ToBod7Factor();
        Double cod = command.codToBod7Factor() != null ? command.codToBod7Factor() : samplingRules.codToBod7Factor();
        checkFactor("bod5ToBod7Factor", bod5);
        checkFactor("codToBod7Factor", cod);
        int min = command.minSamplesPerWeek() != null ? command.minSamplesPerWeek() : samplingRules.minSamplesPerWeek();
        int perYear = command.samplesPerYear() != null ? command.samplesPerYear() : samplingRules.samplesPerYear();
        if (min < 1 || min > 7) {
            throw new InvalidInput("minSamplesPerWeek", "a week counts with 1 to 7 samples, was " + min);
        }
        if (perYear < 1 || perYear > 366) {
            throw new InvalidInput("samplesPerYear", "a control programme asks for 1 to 366 samples a year, was " + perYear);
        }
        String reason = requiredText("reason", command.reason(), "say what the settings rest on, e.g. the control "
                + "programme or the parallel analyses behind a factor");
        SamplingRules rules = new SamplingRules(bod5, cod, min, perYear);
        if (rules.equals(samplingRules)) {
            return;
        }
        apply(new SamplingRulesChanged(plantId, rules, reason));
        yearsWithLoads().forEach(this::reviewYear);
    }

    private static void checkFactor(String field, Double factor) {
        if (factor != null && (!Double.isFinite(factor) || factor <= 0 || factor > 5)) {
            throw new InvalidInput(field, field + " is a ratio more than 0 and at most 5, was " + factor);
        }
    }

    private static String checkWeek(String week, Clock clock) {
        LocalDate monday = IsoWeeks.monday("week", week);
        if (monday.isAfter(se.valedger.kernel.UtilityTime.today(clock))) {
            throw new InvalidInput("week", week + " has not begun");
        }
        return IsoWeeks.of(monday);
    }

    private static String requiredText(String field, String value, String hint) {
        if (value == null || value.isBlank()) {
            throw new InvalidInput(field, field + " is required: " + hint);
        }
        PlausiblePlantFigures.checkText(field, value, 2000);
        return value.strip();
    }

    @CommandHandler
    void handle(RegisterOverflowPoint command) {
        OverflowPointRegistered event = Overflows.registered(plantId, command);
        String known = overflowPoints.get(event.pointId());
        if (known != null) {
            if (known.equals(event.toString())) {
                return;
            }
            throw new RuleViolated("OverflowPointIdsAreNeverReused", "overflow point " + event.pointId()
                    + " is already registered with other figures");
        }
        apply(event);
    }

    @CommandHandler
    void handle(RecordOverflow command, Clock clock) {
        OverflowRecorded event = Overflows.recorded(plantId, command, clock);
        if (!overflowPoints.containsKey(event.pointId())) {
            throw new InvalidInput("pointId", "no overflow point " + event.pointId() + " is registered at plant " + plantId
                    + "; register it first (POST /api/plants/" + plantId + "/overflow-points)");
        }
        String known = overflows.get(event.overflowId());
        if (known != null) {
            if (known.equals(event.toString())) {
                return;
            }
            throw new RuleViolated("OverflowIdsAreNeverReused", "overflow " + event.overflowId()
                    + " is already recorded with other figures");
        }
        apply(event);
    }

    @EventSourcingHandler
    void on(OverflowPointRegistered e) {
        overflowPoints.put(e.pointId(), e.toString());
    }

    @EventSourcingHandler
    void on(OverflowRecorded e) {
        overflows.put(e.overflowId(), e.toString());
    }

    private static String fingerprint(BypassRecorded e) {
        return e.start() + "|" + e.end() + "|" + e.volumeM3() + "|" + e.location() + "|" + e.cause() + "|" + e.recipient();
    }

    @EventSourcingHandler
    void on(TreatmentPlantRegistered event) {
        plantId = event.plantId();
        levels = PermitUtilisation.levels(event.thresholdsPercent());
        permits.put(event.permit().validFrom(), event.permit());
    }

    @EventSourcingHandler
    void on(PermitChanged event) {
        permits.put(event.permit().validFrom(), event.permit());
    }

    @EventSourcingHandler
    void on(PlantMeasurementRecorded e) {
        days.put(e.date(), new DayValues(e.inflowM3(), e.bod7Kg(), e.totalPhosphorusKg(), e.totalNitrogenKg(),
                e.precipitationMm(), e.peakHourM3(), e.peakHourStart(), e.hours()));
    }

    @EventSourcingHandler
    void on(PlantMeasurementCorrected e) {
        days.put(e.date(), new DayValues(e.inflowM3(), e.bod7Kg(), e.totalPhosphorusKg(), e.totalNitrogenKg(),
                e.precipitationMm(), e.peakHourM3(), e.peakHourStart(), e.hours()));
    }

    @EventSourcingHandler
    void on(CapacityThresholdCrossed e) {
        passed.put(e.dimension(), e.thresholdPercent());
    }

    @EventSourcingHandler
    void on(PermitExceeded e) {
        passed.put(e.dimension(), PermitUtilisation.PERMIT);
    }

    @EventSourcingHandler
    void on(CapacityThresholdCleared e) {
        passed.put(e.dimension(), PermitUtilisation.below(levels, e.thresholdPercent()));
    }

    @EventSourcingHandler
    void on(PermitExceedanceEnded e) {
        passed.put(e.dimension(), PermitUtilisation.below(levels, PermitUtilisation.PERMIT));
    }

    @EventSourcingHandler
    void on(LabSampleRecorded e) {
        sampleWeeks.put(e.sampleId(), e.week());
        if (e.loadPe() != null) {
            samples.put(e.sampleId(), new WeeklyLoad.SampleLoad(e.sampleId(), e.week(), e.kind(), e.loadPe()));
        }
        LabSamples.fingerprints(e).forEach(f -> sampleFingerprints.put(f, e.sampleId()));
    }

    @EventSourcingHandler
    void on(LabSampleInvalidated e) {
        samples.remove(e.sampleId());
        invalidated.add(e.sampleId());
        sampleFingerprints.values().removeIf(e.sampleId()::equals);
    }

    @EventSourcingHandler
    void on(PermittedLoadExceeded e) {
        weeklyPassed.put(e.year(), PermitUtilisation.PERMIT);
    }

    @EventSourcingHandler
    void on(PermittedLoadWithinAgain e) {
        weeklyPassed.put(e.year(), PermitUtilisation.below(levels, PermitUtilisation.PERMIT));
    }

    @EventSourcingHandler
    void on(WeeklyLoadLevelCrossed e) {
        weeklyPassed.put(e.year(), e.levelPercent());
    }

    @EventSourcingHandler
    void on(WeeklyLoadLevelCleared e) {
        weeklyPassed.put(e.year(), PermitUtilisation.below(levels, e.levelPercent()));
    }

    @EventSourcingHandler
    void on(WeekMarkedUnusual e) {
        unusualWeeks.put(e.week(), e.reason());
    }

    @EventSourcingHandler
    void on(WeekMarkedUsual e) {
        unusualWeeks.remove(e.week());
    }

    @EventSourcingHandler
    void on(SamplingRulesChanged e) {
        samplingRules = e.rules();
    }

    @EventSourcingHandler
    void on(BypassRecorded e) {
        bypasses.put(e.bypassId(), fingerprint(e));
    }
}
