package se.valedger.app.renewal;

import se.valedger.renewal.CohortSurvival;
import se.valedger.renewal.RenewalUnitCosts;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

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
