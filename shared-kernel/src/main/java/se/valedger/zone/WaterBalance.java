package se.valedger.zone;

import java.time.Year;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The IWA standard water balance of a supply zone for one year, and its indicators (IWA Water Loss Task Force,
 * Lambert et al., "A review of performance indicators for real losses from water supply systems", AQUA 1999, and
 * Alegre et al., IWA Performance Indicators for Water Supply Services; AWWA M36):
 * <pre>
 * authorised            = billed metered + billed unmetered + unbilled metered + unbilled unmetered
 * billed authorised     = billed metered + billed unmetered            (revenue water)
 * water losses          = system input - authorised                    (vattenförluster)
 * apparent losses       = customer meter under-registration + data-handling errors + unauthorised consumption
 * real losses (CARL)    = water losses - apparent losses
 * non-revenue water     = system input - billed authorised
 * UARL (litres/day)     = (18 x Lm + 0.8 x Nc + 25 x Lp) x P    Lm km mains, Nc connections, Lp km private service
 *                                                                pipe, P average pressure (m)
 * ILI                   = CARL / UARL
 * </pre>
 * UARL was derived for systems with more than 5,000 connections, more than 20 connections per km of mains and
 * 25-100 m pressure: outside those limits the ILI is still given, with a warning. A balance that cannot add up
 * (billed more than the input, negative water or real losses) is flagged in {@code problems} and the loss figures
 * it would need are left empty, never shown negative.
 */
public final class WaterBalance {

    public static final int UARL_MIN_CONNECTIONS = 5_000;
    public static final double UARL_MIN_CONNECTIONS_PER_KM = 20;
    public static final double UARL_MIN_PRESSURE_M = 25;
    public static final double UARL_MAX_PRESSURE_M = 100;

    private WaterBalance() {
    }

    public record Inputs(int year, Double systemInputM3, Origin systemInputOrigin, Map<VolumeKind, Double> volumes,
                         Map<VolumeKind, Origin> volumeOrigins, double mainsKm, Integer connections,
                         double privateServicePipeKm, boolean privateServicePipeAssumed, Double averagePressureM,
                         ApparentLossRates rates) {
    }

    public record Result(
            int year,
            int days,
            Double systemInputM3,
            Double authorisedM3,
            Double billedAuthorisedM3,
            Double billedMeteredM3,
            Double billedUnmeteredM3,
            Double unbilledAuthorisedM3,
            Double unbilledMeteredM3,
            Double unbilledUnmeteredM3,
            Double waterLossesM3,
            Double apparentLossesM3,
            Double customerMeterInaccuraciesM3,
            Double dataHandlingErrorsM3,
            Double unauthorisedConsumptionM3,
            Double realLossesM3,
            Double nonRevenueWaterM3,
            double mainsKm,
            Integer connections,
            double privateServicePipeKm,
            Double averagePressureM,
            Double realLossesM3PerKmPerDay,
            Double realLossesLitresPerConnectionPerDay,
            Double waterLossesM3PerKmPerDay,
            Double waterLossesPercentOfInput,
            Double nonRevenueWaterPercentOfInput,
            Double uarlLitresPerDay,
            Double uarlM3PerYear,
            Double ili,
            boolean addsUp,
            Map<String, Origin> origins,
            List<String> problems,
            List<String> warnings) {
    }

    /**
     * The whole utility's inputs: the zones' volumes, lengths and connections summed, the pressure as their
     * connection-weighted mean; a zone without system input is left out (its volumes too), since its water cannot
     * be balanced. The input is MEASURED_SCALED when any zone's is.
     */
    public static Inputs utility(int year, List<Inputs> zones, ApparentLossRates rates) {
        double input = 0;
        boolean any = false;
        boolean scaled = false;
        Map<VolumeKind, Double> volumes = new EnumMap<>(VolumeKind.class);
        Map<VolumeKind, Origin> origins = new EnumMap<>(VolumeKind.class);
        double mains = 0;
        int connections = 0;
        double lp = 0;
        boolean lpAssumed = false;
        double pressureTimesConnections = 0;
        for (Inputs zone : zones) {
            if (zone.systemInputM3() == null) {
                continue;
            }
            any = true;
            input += zone.systemInputM3();
            scaled |= zone.systemInputOrigin() == Origin.MEASURED_SCALED;
            zone.volumes().forEach((kind, m3) -> volumes.merge(kind, m3, Double::sum));
            origins.putAll(zone.volumeOrigins());
            mains += zone.mainsKm();
            int nc = zone.connections() == null ? 0 : zone.connections();
            connections += nc;
            lp += zone.privateServicePipeKm();
            lpAssumed |= zone.privateServicePipeAssumed();
            pressureTimesConnections += nc * (zone.averagePressureM() == null ? 0 : zone.averagePressureM());
        }
        return new Inputs(year, any ? input : null, scaled ? Origin.MEASURED_SCALED : Origin.MEASURED, volumes, origins,
                mains, connections, lp, lpAssumed, connections == 0 ? null : pressureTimesConnections / connections,
                rates);
    }

    public static Result compute(Inputs in) {
        int days = Year.of(in.year()).length();
        List<String> problems = new ArrayList<>();
        List<String> warnings = new ArrayList<>();
        Map<String, Origin> origins = new LinkedHashMap<>();
        Map<VolumeKind, Double> v = new EnumMap<>(VolumeKind.class);
        for (VolumeKind kind : VolumeKind.values()) {
            Double m3 = in.volumes().get(kind);
            if (m3 == null) {
                warnings.add("no " + kind + " volume is recorded for " + in.year() + ": taken as 0 m3");
                m3 = 0.0;
            }
            v.put(kind, m3);
        }
        Double input = in.systemInputM3();
        origins.put("systemInputM3", in.systemInputOrigin());
        origins.put("billedMeteredM3", in.volumeOrigins().getOrDefault(VolumeKind.BILLED_METERED, Origin.BILLED));
        origins.put("billedUnmeteredM3", in.volumeOrigins().getOrDefault(VolumeKind.BILLED_UNMETERED, Origin.BILLED));
        origins.put("unbilledMeteredM3", in.volumeOrigins().getOrDefault(VolumeKind.UNBILLED_METERED, Origin.ESTIMATED));
        origins.put("unbilledUnmeteredM3",
                in.volumeOrigins().getOrDefault(VolumeKind.UNBILLED_UNMETERED, Origin.ESTIMATED));
        for (String calculated : List.of("authorisedM3", "billedAuthorisedM3", "unbilledAuthorisedM3", "waterLossesM3",
                "realLossesM3", "nonRevenueWaterM3", "uarlM3PerYear", "ili")) {
            origins.put(calculated, Origin.CALCULATED);
        }
        ApparentLossRates r = in.rates();
        origins.put("customerMeterInaccuraciesM3", r.customerMeterAssumed() ? Origin.ASSUMED : Origin.CALCULATED);
        origins.put("dataHandlingErrorsM3", r.dataHandlingAssumed() ? Origin.ASSUMED : Origin.CALCULATED);
        origins.put("unauthorisedConsumptionM3", r.unauthorisedAssumed() ? Origin.ASSUMED : Origin.CALCULATED);
        origins.put("apparentLossesM3", r.customerMeterAssumed() || r.dataHandlingAssumed() || r.unauthorisedAssumed()
                ? Origin.ASSUMED : Origin.CALCULATED);
        origins.put("mainsKm", Origin.REGISTER);
        origins.put("connections", Origin.REGISTERED);
        origins.put("privateServicePipeKm", in.privateServicePipeAssumed() ? Origin.ASSUMED : Origin.REGISTERED);
        origins.put("averagePressureM", Origin.REGISTERED);

        double billedMetered = v.get(VolumeKind.BILLED_METERED);
        double billed = billedMetered + v.get(VolumeKind.BILLED_UNMETERED);
        double unbilled = v.get(VolumeKind.UNBILLED_METERED) + v.get(VolumeKind.UNBILLED_UNMETERED);
        double authorised = billed + unbilled;
        double e = r.customerMeterUnderRegistrationPercent() / 100;
        double meterInaccuracies = billedMetered * e / (1 - e);
        double dataHandling = billedMetered * r.dataHandlingErrorsPercent() / 100;

        Double unauthorised = null;
        Double waterLosses = null;
        Double apparent = null;
        Double real = null;
        Double nrw = null;
        if (input == null) {
            problems.add("no system input volume for " + in.year() + ": no day of the year has complete meter data");
        } else {
            unauthorised = input * r.unauthorisedConsumptionPercent() / 100;
            apparent = meterInaccuracies + dataHandling + unauthorised;
            if (billed > input) {
                problems.add(String.format(Locale.ROOT, "billed consumption (%.0f m3) exceeds the system input "
                        + "(%.0f m3): check the meters, the zone's boundary and the billing year", billed, input));
            } else {
                nrw = input - billed;
            }
            if (authorised > input) {
                if (billed <= input) {
                    problems.add(String.format(Locale.ROOT, "authorised consumption (%.0f m3) exceeds the system "
                            + "input (%.0f m3): the unbilled estimates are too high or the input too low",
                            authorised, input));
                }
            } else {
                waterLosses = input - authorised;
                if (apparent > waterLosses) {
                    problems.add(String.format(Locale.ROOT, "apparent losses (%.0f m3) exceed the water losses "
                            + "(%.0f m3): real losses would be negative; check the apparent-loss percentages",
                            apparent, waterLosses));
                } else {
                    real = waterLosses - apparent;
                }
            }
        }
        Integer nc = in.connections();
        double lm = in.mainsKm();
        Double p = in.averagePressureM();
        Double uarlPerDay = null;
        if (nc != null && p != null) {
            uarlPerDay = (18 * lm + 0.8 * nc + 25 * in.privateServicePipeKm()) * p;
            if (nc < UARL_MIN_CONNECTIONS) {
                warnings.add(String.format(Locale.ROOT, "ILI: the zone has %d connections; UARL was derived for "
                        + "more than %d (Lambert et al.), so the ILI is indicative only", nc, UARL_MIN_CONNECTIONS));
            }
            if (lm > 0 && nc / lm < UARL_MIN_CONNECTIONS_PER_KM) {
                warnings.add(String.format(Locale.ROOT, "ILI: %.1f connections per km of mains; UARL was derived "
                        + "for more than %.0f (Lambert et al.), so the ILI is indicative only", nc / lm,
                        UARL_MIN_CONNECTIONS_PER_KM));
            }
            if (p < UARL_MIN_PRESSURE_M || p > UARL_MAX_PRESSURE_M) {
                warnings.add(String.format(Locale.ROOT, "ILI: average pressure %.1f m is outside the 25-100 m UARL "
                        + "was derived for (Lambert et al.), so the ILI is indicative only", p));
            }
        } else {
            warnings.add("ILI: the zone has no " + (nc == null ? "connections" : "average pressure")
                    + " registered, so no UARL");
        }
        if (lm <= 0) {
            problems.add("the zone holds no drinking-water mains in the register: no per-km indicators");
        }
        Double uarlYear = uarlPerDay == null ? null : uarlPerDay * days / 1000;
        Double ili = real == null || uarlYear == null || uarlYear <= 0 ? null : real / uarlYear;
        return new Result(in.year(), days, input, authorised, billed, billedMetered, v.get(VolumeKind.BILLED_UNMETERED),
                unbilled, v.get(VolumeKind.UNBILLED_METERED), v.get(VolumeKind.UNBILLED_UNMETERED), waterLosses,
                apparent, meterInaccuracies, dataHandling, unauthorised, real, nrw, lm, nc, in.privateServicePipeKm(), p,
                real == null || lm <= 0 ? null : real / lm / days,
                real == null || nc == null || nc == 0 ? null : real * 1000 / nc / days,
                waterLosses == null || lm <= 0 ? null : waterLosses / lm / days,
                waterLosses == null || input == 0 ? null : 100 * waterLosses / input,
                nrw == null || input == 0 ? null : 100 * nrw / input,
                uarlPerDay, uarlYear, ili, problems.isEmpty(), origins, problems, warnings);
    }
}
