package se.valedger.app.renewal;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import se.valedger.renewal.CohortSurvival;
import se.valedger.renewal.RenewalUnitCosts;

/** Renewal planning's configurable numbers ({@link RenewalSettings}) as the kernel's unit costs and survival model. */
@Configuration(proxyBeanMethods = false)
class RenewalPlanningConfig {

    @Bean
    RenewalUnitCosts renewalUnitCosts(RenewalSettings settings) {
        return settings.costs();
    }

    @Bean
    CohortSurvival cohortSurvival(RenewalSettings settings) {
        return settings.survival().model();
    }
}
