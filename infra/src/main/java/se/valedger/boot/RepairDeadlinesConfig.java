package se.valedger.boot;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import se.valedger.leak.LeakTargets;
import se.valedger.leak.RepairDeadlines;

/**
 * Leak times: the priority classes' targets that set due times ({@link LeakTargets}, e.g.
 * {@code VALEDGER_LEAKS_PRIORITY_ACUTE=PT8H}), and CARE-W's mean times to repair for the statistics
 * ({@link RepairDeadlines}, e.g. {@code VALEDGER_LEAKS_SMALL_HOURS=6}).
 */
@Configuration(proxyBeanMethods = false)
class RepairDeadlinesConfig {

    @Bean
    RepairDeadlines repairDeadlines(LeakSettings leaks) {
        return new RepairDeadlines(leaks.smallBelowMm(), leaks.largeAboveMm(), leaks.smallHours(), leaks.mediumHours(),
                leaks.largeHours());
    }

    @Bean
    LeakTargets leakTargets(LeakSettings leaks) {
        return new LeakTargets(leaks.priority().acute(), leaks.priority().planned());
    }
}
