package se.valedger.boot;

import java.util.EnumMap;
import java.util.Map;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import se.valedger.leak.LeakSeverity;
import se.valedger.leak.RepairDeadlines;

/**
 * Leak repair due times ({@link RepairDeadlines}); defaults are the CARE-W figures, each overridable by
 * environment, e.g. {@code VALEDGER_LEAKS_SMALL_HOURS=6} or {@code VALEDGER_LEAKS_FACTOR_LOW=7}.
 */
@Configuration(proxyBeanMethods = false)
class RepairDeadlinesConfig {

    @Bean
    RepairDeadlines repairDeadlines(@Value("${valedger.leaks.small-below-mm:300}") int smallBelowMm,
                                    @Value("${valedger.leaks.large-above-mm:400}") int largeAboveMm,
                                    @Value("${valedger.leaks.small-hours:8}") double smallHours,
                                    @Value("${valedger.leaks.medium-hours:16}") double mediumHours,
                                    @Value("${valedger.leaks.large-hours:24}") double largeHours,
                                    @Value("${valedger.leaks.factor.critical:0.5}") double critical,
                                    @Value("${valedger.leaks.factor.high:1}") double high,
                                    @Value("${valedger.leaks.factor.medium:3}") double medium,
                                    @Value("${valedger.leaks.factor.low:10}") double low) {
        Map<LeakSeverity, Double> factors = new EnumMap<>(LeakSeverity.class);
        factors.put(LeakSeverity.CRITICAL, critical);
        factors.put(LeakSeverity.HIGH, high);
        factors.put(LeakSeverity.MEDIUM, medium);
        factors.put(LeakSeverity.LOW, low);
        return new RepairDeadlines(smallBelowMm, largeAboveMm, smallHours, mediumHours, largeHours, factors);
    }
}
