package se.valedger.boot;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import se.valedger.incident.IncidentAuthorities;
import se.valedger.incident.SignificanceThresholds;

/**
 * The NIS2 incident settings: the ASSUMED significance thresholds ({@link SignificanceThresholds}) and where
 * incidents are reported ({@link IncidentAuthorities}), both under {@code valedger.incidents.*}
 * (e.g. {@code VALEDGER_INCIDENTS_SIGNIFICANCE_PERSONS=5000}, {@code VALEDGER_INCIDENTS_CSIRT_CONFIRMED=true}).
 */
@Configuration(proxyBeanMethods = false)
class IncidentSettingsConfig {

    @Bean
    SignificanceThresholds significanceThresholds(IncidentSettings settings) {
        IncidentSettings.Significance s = settings.significance();
        return new SignificanceThresholds(s.supplyLostHours(), s.persons(), s.untreatedDischargeM3(),
                s.untreatedDischargeHours(), s.financialLossSek());
    }

    @Bean
    IncidentAuthorities incidentAuthorities(IncidentSettings settings) {
        IncidentSettings.SupervisoryAuthority authority = settings.supervisoryAuthority();
        IncidentSettings.Csirt csirt = settings.csirt();
        return new IncidentAuthorities(
                new IncidentAuthorities.Authority(authority.name(), authority.contact(),
                        "cybersäkerhetsförordningen (2025:1507) § 7, sectors drinking water and wastewater", authority.confirmed()),
                new IncidentAuthorities.Authority(csirt.name(), csirt.contact(),
                        "cybersäkerhetsförordningen (2025:1507) §§ 6 and 31", csirt.confirmed()));
    }
}
