package se.valedger.leak;

import java.time.Duration;
import java.util.EnumMap;
import java.util.Map;

/**
 * When a leak must be repaired: a base time by pipe size, scaled by severity.
 *
 * <p>Base times are the CARE-W repair-time figures: 8 h for DN below {@code smallBelowMm} (300 mm), 16 h up to
 * and including {@code largeAboveMm} (400 mm), 24 h above. A leak whose pipe size is not known gets the small-pipe
 * time, the strictest, so an unknown size never delays a repair. Severity factors (default CRITICAL 0.5,
 * HIGH 1, MEDIUM 3, LOW 10) multiply the base: a HIGH leak on a 150 mm main is due in 8 h, a LOW one in 80 h.
 * All of it is configurable ({@code valedger.leaks.*}).
 */
public record RepairDeadlines(int smallBelowMm, int largeAboveMm, double smallHours, double mediumHours,
                              double largeHours, Map<LeakSeverity, Double> severityFactors) {

    public RepairDeadlines {
        severityFactors = Map.copyOf(severityFactors);
        for (LeakSeverity s : LeakSeverity.values()) {
            if (!severityFactors.containsKey(s) || severityFactors.get(s) <= 0) {
                throw new IllegalArgumentException("repair deadlines need a positive factor for severity " + s);
            }
        }
        if (smallBelowMm > largeAboveMm || smallHours <= 0 || mediumHours <= 0 || largeHours <= 0) {
            throw new IllegalArgumentException("repair deadlines need positive hours and small <= large limits");
        }
    }

    public static RepairDeadlines careWDefaults() {
        Map<LeakSeverity, Double> factors = new EnumMap<>(LeakSeverity.class);
        factors.put(LeakSeverity.CRITICAL, 0.5);
        factors.put(LeakSeverity.HIGH, 1.0);
        factors.put(LeakSeverity.MEDIUM, 3.0);
        factors.put(LeakSeverity.LOW, 10.0);
        return new RepairDeadlines(300, 400, 8, 16, 24, factors);
    }

    public double baseHours(Integer diameterMm) {
        if (diameterMm == null || diameterMm < smallBelowMm) {
            return smallHours;
        }
        return diameterMm <= largeAboveMm ? mediumHours : largeHours;
    }

    public Duration dueAfter(LeakSeverity severity, Integer diameterMm) {
        double hours = baseHours(diameterMm) * severityFactors.get(severity);
        return Duration.ofSeconds(Math.round(hours * 3600));
    }
}
