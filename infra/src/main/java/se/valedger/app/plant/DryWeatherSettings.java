package se.valedger.app.plant;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.PositiveOrZero;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;
import se.valedger.plant.DryWeatherRule;

/**
 * {@code valedger.plants.dry-weather.*}: which days are dry weather for the system's overflow share against the 2 %
 * objective of Directive (EU) 2024/3019 Annex V ({@link DryWeatherRule}). A figure left unset takes the default of
 * {@link DryWeatherRule} and the answer marks the rule ASSUMED; set all three from the integrated management plan.
 */
@Validated
@ConfigurationProperties("valedger.plants.dry-weather")
public record DryWeatherSettings(
        /* ASSUMED 1 mm: the usual meteorological threshold of a dry day. */
        @PositiveOrZero @DecimalMax("100") Double maxPrecipitationMm,
        /* ASSUMED 1: the day after rain is still draining. */
        @PositiveOrZero @Max(14) Integer dryDaysBefore,
        /* ASSUMED 50: without a rain series, the lower half of the year's daily inflows. */
        @DecimalMin("1") @DecimalMax("100") Double inflowPercentile) {

    public DryWeatherRule rule() {
        boolean assumed = maxPrecipitationMm == null || dryDaysBefore == null || inflowPercentile == null;
        return new DryWeatherRule(
                maxPrecipitationMm != null ? maxPrecipitationMm : DryWeatherRule.DEFAULT_MAX_PRECIPITATION_MM,
                dryDaysBefore != null ? dryDaysBefore : DryWeatherRule.DEFAULT_DRY_DAYS_BEFORE,
                inflowPercentile != null ? inflowPercentile : DryWeatherRule.DEFAULT_INFLOW_PERCENTILE, assumed);
    }
}
