package se.valedger.boot;

import java.util.EnumMap;
import java.util.Map;
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
    RepairDeadlines repairDeadlines(LeakSettings leaks) {
        Map<LeakSeverity, Double> factors = new EnumMap<>(LeakSeverity.class);
        factors.put(LeakSeverity.CRITICAL, leaks.factor().critical());
        factors.put(LeakSeverity.HIGH, leaks.factor().high());
        factors.put(LeakSeverity.MEDIUM, leaks.factor().medium());
        factors.put(LeakSeverity.LOW, leaks.factor().low());
        return new RepairDeadlines(leaks.smallBelowMm(), leaks.largeAboveMm(), leaks.smallHours(), leaks.mediumHours(),
                leaks.largeHours(), factors);
    }
}
