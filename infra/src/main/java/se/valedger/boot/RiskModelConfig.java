package se.valedger.boot;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import se.valedger.risk.RiskModel;

/** The utility's likelihood model, from {@code valedger.risk.*} ({@link RiskSettings}). */
@Configuration(proxyBeanMethods = false)
class RiskModelConfig {

    @Bean
    RiskModel riskModel(RiskSettings risk) {
        return new RiskModel(risk.inspectionHalfLifeYears(), risk.breakWindowYears());
    }
}
