package se.valedger.boot;

import org.springframework.beans.factory.annotation.Value;
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
    SignificanceThresholds significanceThresholds(
            @Value("${valedger.incidents.significance.supply-lost-hours:2}") double supplyLostHours,
            @Value("${valedger.incidents.significance.persons:2000}") int persons,
            @Value("${valedger.incidents.significance.untreated-discharge-m3:1000}") double dischargeM3,
            @Value("${valedger.incidents.significance.untreated-discharge-hours:6}") double dischargeHours,
            @Value("${valedger.incidents.significance.financial-loss-sek:5000000}") long financialLossSek) {
        return new SignificanceThresholds(supplyLostHours, persons, dischargeM3, dischargeHours, financialLossSek);
    }

    @Bean
    IncidentAuthorities incidentAuthorities(
            @Value("${valedger.incidents.supervisory-authority.name:Livsmedelsverket}") String authorityName,
            @Value("${valedger.incidents.supervisory-authority.contact:livsmedelsverket@slv.se}") String authorityContact,
            @Value("${valedger.incidents.supervisory-authority.confirmed:false}") boolean authorityConfirmed,
            @Value("${valedger.incidents.csirt.name:CERT-SE, Myndigheten för civilt försvar}") String csirtName,
            @Value("${valedger.incidents.csirt.contact:cert@cert.se}") String csirtContact,
            @Value("${valedger.incidents.csirt.confirmed:false}") boolean csirtConfirmed) {
        return new IncidentAuthorities(
                new IncidentAuthorities.Authority(authorityName, authorityContact,
                        "cybersäkerhetsförordningen (2025:1507) § 7, sectors drinking water and wastewater", authorityConfirmed),
                new IncidentAuthorities.Authority(csirtName, csirtContact,
                        "cybersäkerhetsförordningen (2025:1507) §§ 6 and 31", csirtConfirmed));
    }
}
