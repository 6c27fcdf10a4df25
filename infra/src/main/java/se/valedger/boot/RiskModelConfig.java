package se.valedger.boot;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import se.valedger.risk.ConsequenceWeights;
import se.valedger.risk.RiskModel;

/** The utility's risk model, from {@code valedger.risk.*} ({@link RiskSettings}). */
@Configuration(proxyBeanMethods = false)
class RiskModelConfig {

    @Bean
    RiskModel riskModel(RiskSettings risk) {
        RiskSettings.Consequence c = risk.consequence();
        return new RiskModel(risk.inspectionHalfLifeYears(), risk.breakWindowYears(), new ConsequenceWeights(
                c.version(), c.diameter(), c.network(), c.consequenceClass(), c.households(), c.criticalCustomers(),
                c.singleFeed(), c.mainRoadOrRailway(), c.waterProtectionArea(), c.distanceToRecipient()));
    }
}
