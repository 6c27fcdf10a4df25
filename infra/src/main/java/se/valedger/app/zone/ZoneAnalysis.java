package se.valedger.app.zone;

import java.time.LocalDate;
import java.time.Year;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.stereotype.Component;
import se.valedger.kernel.InvalidInput;
import se.valedger.kernel.NotFound;
import se.valedger.kernel.RuleViolated;
import se.valedger.zone.ApparentLossRates;
import se.valedger.zone.FindMeterDays;
import se.valedger.zone.FindZone;
import se.valedger.zone.FindZoneVolumes;
import se.valedger.zone.FindZones;
import se.valedger.zone.InfiltrationAnalysis;
import se.valedger.zone.MeterDays;
import se.valedger.zone.NightFlowAnalysis;
import se.valedger.zone.Origin;
import se.valedger.zone.VolumeKind;
import se.valedger.zone.WaterBalance;
import se.valedger.zone.ZoneFlow;
import se.valedger.zone.ZoneKind;
import se.valedger.zone.ZoneList;
import se.valedger.zone.ZoneView;
import se.valedger.zone.ZoneVolumes;

/**
 * The zone analyses, computed when asked from the zone read model (meter days, volumes), the pipe register (mains
 * and sewer length) and {@link ZoneSettings}: the IWA water balance ({@link WaterBalance}), night flow and the
 * new-burst signal ({@link NightFlowAnalysis}), infiltration ({@link InfiltrationAnalysis}). Every default a figure
 * rests on is listed in {@code assumptions}, ASSUMED with the setting that sets the real value.
 */
@Component
public class ZoneAnalysis {

    /** The zones read model's processing group. */
    public static final String GROUP = "zones";
    /** The longest night-flow range one request computes. */
    public static final int MAX_NIGHTS = 400;
    public static final int DEFAULT_NIGHTS = 60;

    private final QueryGateway queries;
    private final ZonePipes pipes;
    private final ZoneSettings settings;
    private final java.time.Clock clock;

    ZoneAnalysis(QueryGateway queries, ZonePipes pipes, ZoneSettings settings, java.time.Clock clock) {
        this.queries = queries;
        this.pipes = pipes;
        this.settings = settings;
        this.clock = clock;
    }

    public record Balance(String zoneId, String name, WaterBalance.Result balance, List<String> assumptions,
                          List<String> pipeWarnings, int completeDays, int daysWithData) {
    }

    public record NightFlow(String zoneId, String name, LocalDate from, LocalDate to, String window,
                            double nightUseM3PerH, Origin nightUseOrigin, double nightDayFactorHours,
                            Origin nightDayFactorOrigin, String baselineRule, NightFlowAnalysis.Result result,
                            List<String> assumptions) {
    }

    public record Infiltration(String zoneId, String name, InfiltrationAnalysis.Result result, List<String> assumptions,
                               List<String> pipeWarnings) {
    }

    public record RankedCatchment(int rank, String zoneId, String name, Double infiltrationM3PerKmPerDay,
                                  Double infiltrationM3PerDay, double sewerKm, int dryDays) {
    }

    public ZoneView zone(String zoneId) {
        return queries.query(new FindZone(zoneId), ResponseTypes.optionalInstanceOf(ZoneView.class)).join()
                .orElseThrow(() -> new NotFound("No zone with id " + zoneId + " is registered"));
    }

    public ZoneList zones(ZoneKind kind) {
        return queries.query(new FindZones(kind), ResponseTypes.instanceOf(ZoneList.class)).join();
    }

    public Balance balance(String zoneId, int year) {
        checkYear(year);
        ZoneView zone = zone(zoneId);
        if (zone.kind() != ZoneKind.SUPPLY) {
            throw new RuleViolated("BalancesAreOfSupplyZones", "zone " + zoneId + " is a sewer catchment; its "
                    + "analysis is GET /api/zones/" + zoneId + "/infiltration");
        }
        ZoneInputs in = inputs(zone, year);
        return new Balance(zoneId, zone.name(), WaterBalance.compute(in.inputs()), in.assumptions(), in.pipeWarnings(),
                in.completeDays(), in.daysWithData());
    }

    /** The whole utility: every supply zone with a system input for the year, summed ({@link WaterBalance#utility}). */
    public Balance utilityBalance(int year) {
        checkYear(year);
        List<WaterBalance.Inputs> all = new ArrayList<>();
        java.util.Set<String> assumptions = new java.util.LinkedHashSet<>();
        List<String> warnings = new ArrayList<>();
        int complete = 0;
        int withData = 0;
        for (ZoneView zone : zones(ZoneKind.SUPPLY).zones()) {
            ZoneInputs in = inputs(zone, year);
            if (in.inputs().systemInputM3() == null) {
                warnings.add("zone " + zone.id() + " has no meter data for " + year + " and is left out");
                continue;
            }
            all.add(in.inputs());
            assumptions.addAll(in.assumptions());
            in.pipeWarnings().forEach(w -> warnings.add("zone " + zone.id() + ": " + w));
            complete += in.completeDays();
            withData += in.daysWithData();
        }
        return new Balance(null, "all supply zones (" + all.size() + ")",
                WaterBalance.compute(WaterBalance.utility(year, all, rates())), new ArrayList<>(assumptions), warnings,
                complete, withData);
    }

    private record ZoneInputs(WaterBalance.Inputs inputs, List<String> assumptions, List<String> pipeWarnings,
                              int completeDays, int daysWithData) {
    }

    private ZoneInputs inputs(ZoneView zone, int year) {
        String zoneId = zone.id();
        List<String> assumptions = new ArrayList<>();
        List<ZoneFlow.Day> days = flow(zone, LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31));
        int length = Year.of(year).length();
        List<ZoneFlow.Day> complete = days.stream().filter(ZoneFlow.Day::complete).toList();
        Double input = null;
        Origin inputOrigin = Origin.MEASURED;
        if (!complete.isEmpty()) {
            double measured = complete.stream().mapToDouble(ZoneFlow.Day::volume).sum();
            if (complete.size() == length) {
                input = measured;
            } else {
                input = measured * length / complete.size();
                inputOrigin = Origin.MEASURED_SCALED;
                assumptions.add(String.format(Locale.ROOT, "system input of %s: %d of %d days of %d are measured "
                        + "completely (%d have gaps, %d no data); their %.0f m3 are scaled to the year, nothing is "
                        + "filled in the series", zoneId, complete.size(), length, year, days.size() - complete.size(),
                        length - days.size(), measured));
            }
        }
        Map<VolumeKind, Double> volumes = new EnumMap<>(VolumeKind.class);
        Map<VolumeKind, Origin> origins = new EnumMap<>(VolumeKind.class);
        for (ZoneVolumes.Volume v : queries.query(new FindZoneVolumes(zoneId), ResponseTypes.instanceOf(
                ZoneVolumes.class)).join().volumes()) {
            if (v.year() == year) {
                volumes.put(v.kind(), v.m3());
                origins.put(v.kind(), v.kind().name().startsWith("BILLED") ? Origin.BILLED : Origin.ESTIMATED);
            }
        }
        ZonePipes.Selection mains = pipes.of(zone);
        double lp;
        boolean lpAssumed = zone.privateServicePipeKm() == null;
        if (lpAssumed) {
            lp = zone.connections() * settings.privateServicePipeMPerConnectionOrDefault() / 1000;
            assumptions.add(assumed("privateServicePipeKm = " + zone.connections() + " connections x "
                    + settings.privateServicePipeMPerConnectionOrDefault() + " m", "private-service-pipe-m-per-connection",
                    settings.privateServicePipeMPerConnection() == null, "or the zone's privateServicePipeKm"));
        } else {
            lp = zone.privateServicePipeKm();
        }
        ApparentLossRates rates = rates();
        assumptions.add(assumed("customer meter under-registration " + rates.customerMeterUnderRegistrationPercent()
                + " % of billed metered (no standard default)", "customer-meter-under-registration-percent",
                rates.customerMeterAssumed(), null));
        assumptions.add(assumed("data-handling errors " + rates.dataHandlingErrorsPercent()
                + " % of billed metered (AWWA Free Water Audit Software default)", "data-handling-errors-percent",
                rates.dataHandlingAssumed(), null));
        assumptions.add(assumed("unauthorised consumption " + rates.unauthorisedConsumptionPercent()
                + " % of system input (AWWA Free Water Audit Software default)", "unauthorised-consumption-percent",
                rates.unauthorisedAssumed(), null));
        WaterBalance.Inputs inputs = new WaterBalance.Inputs(year, input, inputOrigin, volumes, origins, mains.km(),
                zone.connections(), lp, lpAssumed, zone.averagePressureM(), rates);
        return new ZoneInputs(inputs, assumptions.stream().filter(a -> a != null).toList(), mains.warnings(),
                complete.size(), days.size());
    }

    private ApparentLossRates rates() {
        return new ApparentLossRates(settings.customerMeterOrDefault(),
                settings.customerMeterUnderRegistrationPercent() == null, settings.dataHandlingOrDefault(),
                settings.dataHandlingErrorsPercent() == null, settings.unauthorisedOrDefault(),
                settings.unauthorisedConsumptionPercent() == null);
    }

    public NightFlow nightFlow(String zoneId, LocalDate from, LocalDate to) {
        ZoneView zone = zone(zoneId);
        LocalDate end = to != null ? to : lastDay(zone);
        LocalDate start = from != null ? from : end.minusDays(DEFAULT_NIGHTS - 1);
        if (end.isBefore(start)) {
            throw new InvalidInput("to", "to (" + end + ") is before from (" + start + ")");
        }
        if (start.plusDays(MAX_NIGHTS).isBefore(end.plusDays(1))) {
            throw new InvalidInput("from", "at most " + MAX_NIGHTS + " nights at a time");
        }
        List<String> assumptions = new ArrayList<>();
        int connections = zone.connections() == null ? 0 : zone.connections();
        boolean useAssumed = zone.nightUseLitresPerConnectionPerHour() == null;
        double perConnection = useAssumed ? settings.nightUseOrDefault() : zone.nightUseLitresPerConnectionPerHour();
        double consumers = zone.nightConsumersM3PerHour() == null ? 0 : zone.nightConsumersM3PerHour();
        double nightUse = connections * perConnection / 1000 + consumers;
        if (useAssumed) {
            assumptions.add(assumed("night use " + perConnection + " l per connection and hour (UK Managing Leakage, "
                    + "Report E)", "night-use-litres-per-connection-per-hour",
                    settings.nightUseLitresPerConnectionPerHour() == null, "or the zone's "
                            + "nightUseLitresPerConnectionPerHour"));
        }
        boolean factorAssumed = zone.nightDayFactorHours() == null;
        double factor = factorAssumed ? settings.nightDayFactorOrDefault() : zone.nightDayFactorHours();
        if (factorAssumed) {
            assumptions.add(assumed("night-day factor " + factor + " h (leakage independent of pressure)",
                    "night-day-factor-hours", settings.nightDayFactorHours() == null,
                    "or the zone's nightDayFactorHours"));
        }
        assumptions.add("ASSUMED burst rule: median of " + settings.baselineNights() + " nights + max("
                + settings.burstK() + " x MAD, " + settings.burstMinimumRiseM3PerHour() + " m3/h) for "
                + settings.burstNights() + " nights (valedger.zones.baseline-nights, burst-k, burst-minimum-rise-m3-per-"
                + "hour, burst-nights)");
        NightFlowAnalysis.Settings rule = new NightFlowAnalysis.Settings(settings.nightWindowStart(),
                settings.nightWindowEnd(), nightUse, factor, settings.baselineNights(), settings.burstK(),
                settings.burstNights(), settings.burstMinimumRiseM3PerHour());
        LocalDate lookBack = start.minusDays(settings.baselineNights() * 2L + settings.burstNights());
        NightFlowAnalysis.Result result = NightFlowAnalysis.analyse(flow(zone, lookBack, end), start, end, rule);
        return new NightFlow(zoneId, zone.name(), start, end, settings.nightWindowStart() + "-"
                + settings.nightWindowEnd() + " Europe/Stockholm", nightUse,
                useAssumed && settings.nightUseLitresPerConnectionPerHour() == null ? Origin.ASSUMED
                        : Origin.REGISTERED, factor,
                factorAssumed && settings.nightDayFactorHours() == null ? Origin.ASSUMED : Origin.REGISTERED, "median of " + settings.baselineNights()
                + " nights + max(" + settings.burstK() + " x MAD, " + settings.burstMinimumRiseM3PerHour()
                + " m3/h), " + settings.burstNights() + " nights in a row", result, assumptions);
    }

    public Infiltration infiltration(String zoneId, int year) {
        checkYear(year);
        ZoneView zone = zone(zoneId);
        if (zone.kind() != ZoneKind.SEWER_CATCHMENT) {
            throw new RuleViolated("InfiltrationIsOfCatchments", "zone " + zoneId + " is a supply zone; its analysis "
                    + "is GET /api/zones/" + zoneId + "/water-balance");
        }
        return infiltration(zone, year);
    }

    private Infiltration infiltration(ZoneView zone, int year) {
        List<String> assumptions = new ArrayList<>();
        assumptions.add(assumed("night wastewater " + settings.nightWastewaterOrDefault() + " l per person and hour",
                "night-wastewater-litres-per-person-per-hour", settings.nightWastewaterLitresPerPersonPerHour() == null,
                null));
        ZonePipes.Selection sewers = pipes.of(zone);
        InfiltrationAnalysis.Result result = InfiltrationAnalysis.analyse(year,
                flow(zone, LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31)), sewers.km(), zone.connectedPersons(),
                new InfiltrationAnalysis.Settings(settings.dryDayPercentile(), settings.dryDayFactor(),
                        settings.nightWastewaterOrDefault(), settings.nightWastewaterLitresPerPersonPerHour() == null));
        return new Infiltration(zone.id(), zone.name(), result, assumptions.stream().filter(a -> a != null).toList(),
                sewers.warnings());
    }

    /** Every sewer catchment by infiltration per km of sewer, highest first; those without a figure last. */
    public List<RankedCatchment> infiltrationRanking(int year) {
        checkYear(year);
        List<Infiltration> all = zones(ZoneKind.SEWER_CATCHMENT).zones().stream().map(z -> infiltration(z, year))
                .sorted(Comparator.comparing((Infiltration i) -> i.result().infiltrationM3PerKmPerDay(),
                        Comparator.nullsLast(Comparator.reverseOrder())).thenComparing(Infiltration::zoneId))
                .toList();
        List<RankedCatchment> ranked = new ArrayList<>();
        for (Infiltration i : all) {
            ranked.add(new RankedCatchment(ranked.size() + 1, i.zoneId(), i.name(),
                    i.result().infiltrationM3PerKmPerDay(), i.result().infiltrationM3PerDay(), i.result().sewerKm(),
                    i.result().dryDays()));
        }
        return ranked;
    }

    private List<ZoneFlow.Day> flow(ZoneView zone, LocalDate from, LocalDate to) {
        MeterDays days = queries.query(new FindMeterDays(zone.id(), from, to), ResponseTypes.instanceOf(MeterDays.class))
                .join();
        return ZoneFlow.of(days.days(), zone.inflowMeters(), zone.outflowMeters());
    }

    private LocalDate lastDay(ZoneView zone) {
        return queries.query(new se.valedger.zone.FindLastMeterDay(zone.id()), ResponseTypes.optionalInstanceOf(
                LocalDate.class)).join().orElse(se.valedger.kernel.UtilityTime.today(clock));
    }

    private static void checkYear(int year) {
        if (year < 1900 || year > 9999) {
            throw new InvalidInput("year", "a year like 2025, was " + year);
        }
    }

    private static String assumed(String what, String key, boolean assumed, String orElse) {
        if (!assumed) {
            return null;
        }
        return "ASSUMED " + what + ": set " + ZoneSettings.PREFIX + key + (orElse == null ? "" : " " + orElse);
    }
}
