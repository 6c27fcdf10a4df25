package se.valedger.zone;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Infiltration and rain-dependent inflow of a sewer catchment for one year from its pumped or measured flow
 * by the night-minimum method: at night almost no wastewater is produced, so the dry-weather night minimum is
 * mostly infiltration (dränvatten, inläckage); see Weiß, Brombach and Haller, "Infiltration and inflow in combined
 * sewer systems: long-term analysis", Water Science and Technology, 2002; tillskottsvatten in Svenskt Vatten P110):
 * <ul>
 * <li>only complete days count (no gap in any hour); a day is <b>dry</b> when its volume is at most
 * {@code dryDayFactor} x the {@code dryDayPercentile} of the year's complete days (a flow-based criterion, used
 * because no rain series is linked to the catchment: ASSUMED, see the settings);</li>
 * <li>dry-weather flow (m3/day) = the mean volume of the dry days;</li>
 * <li>infiltration (m3/day) = 24 x the mean over dry days of (the lowest hourly flow of the day - the expected
 * night wastewater: connected persons x litres per person per hour at night);</li>
 * <li>rain-dependent inflow (m3) = the sum over the other complete days of their volume above the dry-weather
 * flow.</li>
 * </ul>
 */
public final class InfiltrationAnalysis {

    private InfiltrationAnalysis() {
    }

    public record Settings(double dryDayPercentile, double dryDayFactor, double nightWastewaterLitresPerPersonPerHour,
                           boolean nightWastewaterAssumed) {
    }

    public record Result(int year, int completeDays, int dryDays, int wetDays, Double dryWeatherFlowM3PerDay,
                         Double meanNightMinimumM3PerH, Double expectedNightWastewaterM3PerH,
                         Double infiltrationM3PerDay, Double infiltrationShareOfDryWeatherFlow,
                         Double rainDependentInflowM3, double sewerKm, Integer connectedPersons,
                         Double infiltrationM3PerKmPerDay, Double infiltrationLitresPerPersonPerDay,
                         Double rainDependentInflowM3PerKm, Double rainDependentInflowM3PerPerson,
                         Map<String, Origin> origins, List<String> warnings) {
    }

    public static Result analyse(int year, List<ZoneFlow.Day> days, double sewerKm, Integer persons, Settings s) {
        List<String> warnings = new ArrayList<>();
        Map<String, Origin> origins = new LinkedHashMap<>();
        List<ZoneFlow.Day> complete = days.stream().filter(d -> d.date().getYear() == year && d.complete()).toList();
        long withData = days.stream().filter(d -> d.date().getYear() == year).count();
        if (withData > complete.size()) {
            warnings.add((withData - complete.size()) + " days of " + year + " have gaps and are left out; gaps are "
                    + "not filled");
        }
        origins.put("dryWeatherFlowM3PerDay", Origin.MEASURED);
        origins.put("infiltrationM3PerDay", Origin.CALCULATED);
        origins.put("rainDependentInflowM3", Origin.CALCULATED);
        origins.put("sewerKm", Origin.REGISTER);
        origins.put("connectedPersons", Origin.REGISTERED);
        origins.put("expectedNightWastewaterM3PerH", s.nightWastewaterAssumed() ? Origin.ASSUMED : Origin.REGISTERED);
        origins.put("dryDays", Origin.ASSUMED);
        warnings.add(String.format(Locale.ROOT, "dry days are chosen from the flow (volume at most %.2f x the "
                + "%.0fth percentile of the year's complete days), ASSUMED because no rain series is linked; set "
                + "valedger.zones.dry-day-percentile and valedger.zones.dry-day-factor", s.dryDayFactor(),
                s.dryDayPercentile() * 100));
        if (complete.isEmpty()) {
            warnings.add("no complete day in " + year + ": nothing to analyse");
            return new Result(year, 0, 0, 0, null, null, null, null, null, null, sewerKm, persons, null, null, null,
                    null, origins, warnings);
        }
        List<Double> volumes = new ArrayList<>(complete.stream().map(ZoneFlow.Day::volume).toList());
        volumes.sort(Double::compare);
        double reference = volumes.get((int) Math.floor(s.dryDayPercentile() * (volumes.size() - 1)));
        double limit = reference * s.dryDayFactor();
        List<ZoneFlow.Day> dry = complete.stream().filter(d -> d.volume() <= limit).toList();
        double dwf = dry.stream().mapToDouble(ZoneFlow.Day::volume).average().orElse(0);
        double nightMin = dry.stream().mapToDouble(d -> d.hourly().stream().mapToDouble(Double::doubleValue).min()
                .orElse(0)).average().orElse(0);
        double expected = persons == null ? 0 : persons * s.nightWastewaterLitresPerPersonPerHour() / 1000;
        if (persons == null) {
            warnings.add("the catchment has no connected persons registered: the night wastewater is taken as 0, so "
                    + "the infiltration includes it");
        }
        double infiltrationPerHour = nightMin - expected;
        if (infiltrationPerHour < 0) {
            warnings.add(String.format(Locale.ROOT, "the expected night wastewater (%.1f m3/h) exceeds the night "
                    + "minimum (%.1f m3/h): infiltration is taken as 0; check the persons connected", expected,
                    nightMin));
            infiltrationPerHour = 0;
        }
        double infiltration = infiltrationPerHour * 24;
        double rdi = complete.stream().filter(d -> d.volume() > limit)
                .mapToDouble(d -> Math.max(0, d.volume() - dwf)).sum();
        int wet = complete.size() - dry.size();
        return new Result(year, complete.size(), dry.size(), wet, dwf, nightMin, expected, infiltration,
                dwf > 0 ? infiltration / dwf : null, rdi, sewerKm, persons,
                sewerKm > 0 ? infiltration / sewerKm : null,
                persons != null && persons > 0 ? infiltration * 1000 / persons : null,
                sewerKm > 0 ? rdi / sewerKm : null,
                persons != null && persons > 0 ? rdi / persons : null, origins, warnings);
    }
}
