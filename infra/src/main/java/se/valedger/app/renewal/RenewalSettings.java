package se.valedger.app.renewal;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;
import se.valedger.pipe.RenewalMethod;
import se.valedger.renewal.CohortSurvival;
import se.valedger.renewal.RenewalUnitCosts;

/**
 * {@code valedger.renewal.*}: each {@code unit-costs.<METHOD>.<upToDiameterMm>=<SEK per metre>} replaces or adds a
 * band of {@link RenewalUnitCosts#swedishDefaults()}; {@code survival.*} replaces a number of
 * {@link CohortSurvival#DEFAULT}. Both defaults live in the kernel (their sources are cited there); the utility's
 * asset manager sets its own costs.
 */
@Validated
@ConfigurationProperties("valedger.renewal")
public record RenewalSettings(@NotNull Map<RenewalMethod, Map<Integer, @NotNull @Positive Integer>> unitCosts,
                              @Valid @NotNull Survival survival) {

    public RenewalSettings {
        unitCosts = unitCosts == null ? Map.of() : unitCosts;
        survival = survival == null ? new Survival(null, null, null) : survival;
    }

    /** Unset numbers are those of {@link CohortSurvival#DEFAULT}. */
    public record Survival(@Positive Double shape, @Positive Double intactBreaksPerKm, @Positive Double wornBreaksPerKm) {

        public Survival {
            CohortSurvival defaults = CohortSurvival.DEFAULT;
            shape = shape == null ? defaults.shape() : shape;
            intactBreaksPerKm = intactBreaksPerKm == null ? defaults.intactBreaksPerKm() : intactBreaksPerKm;
            wornBreaksPerKm = wornBreaksPerKm == null ? defaults.wornBreaksPerKm() : wornBreaksPerKm;
        }

        CohortSurvival model() {
            return new CohortSurvival(shape, intactBreaksPerKm, wornBreaksPerKm);
        }
    }

    RenewalUnitCosts costs() {
        RenewalUnitCosts costs = RenewalUnitCosts.swedishDefaults();
        for (var method : unitCosts.entrySet()) {
            for (var band : method.getValue().entrySet()) {
                costs = costs.with(method.getKey(), band.getKey(), band.getValue());
            }
        }
        return costs;
    }
}
