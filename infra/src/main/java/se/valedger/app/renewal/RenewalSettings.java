package se.valedger.app.renewal;

import se.valedger.renewal.CohortSurvival;
import se.valedger.pipe.RenewalMethod;
import se.valedger.renewal.RenewalUnitCosts;
import java.util.Map;
import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.ResolvableType;
import org.springframework.core.env.Environment;

/**
 * Renewal planning's configurable numbers. Unit costs start from {@link RenewalUnitCosts#swedishDefaults()}
 * and each {@code valedger.renewal.unit-costs.<METHOD>.<upToDiameterMm>=<SEK per metre>} replaces or
 * adds a band; the survival model's shape and break rates come from {@code valedger.renewal.survival.*}.
 */
@Configuration(proxyBeanMethods = false)
class RenewalSettings {

    @Bean
    RenewalUnitCosts renewalUnitCosts(Environment environment) {
        return unitCosts(Binder.get(environment));
    }

    static RenewalUnitCosts unitCosts(Binder binder) {
        ResolvableType bands = ResolvableType.forClassWithGenerics(Map.class, Integer.class, Integer.class);
        Bindable<Map<RenewalMethod, Map<Integer, Integer>>> table = Bindable.of(ResolvableType.forClassWithGenerics(
                Map.class, ResolvableType.forClass(RenewalMethod.class), bands));
        RenewalUnitCosts costs = RenewalUnitCosts.swedishDefaults();
        for (var method : binder.bind("valedger.renewal.unit-costs", table).orElse(Map.of()).entrySet()) {
            for (var band : method.getValue().entrySet()) {
                costs = costs.with(method.getKey(), band.getKey(), band.getValue());
            }
        }
        return costs;
    }

    @Bean
    CohortSurvival cohortSurvival(Environment environment) {
        CohortSurvival defaults = CohortSurvival.DEFAULT;
        return new CohortSurvival(
                environment.getProperty("valedger.renewal.survival.shape", Double.class, defaults.shape()),
                environment.getProperty("valedger.renewal.survival.intact-breaks-per-km", Double.class,
                        defaults.intactBreaksPerKm()),
                environment.getProperty("valedger.renewal.survival.worn-breaks-per-km", Double.class,
                        defaults.wornBreaksPerKm()));
    }
}
