package se.valedger.app.zone;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.PositiveOrZero;
import java.time.LocalTime;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * {@code valedger.zones.*}: the defaults of the zone analyses (README, "Leakage in and out"). A figure left unset
 * here takes the default named in its accessor, and every answer that uses it marks it ASSUMED naming this key;
 * a zone's own figure (given at registration) always wins.
 */
@Validated
@ConfigurationProperties("valedger.zones")
public record ZoneSettings(
        @DefaultValue("100") @Positive int snapshotEvery,
        /* Private service pipe per connection, from the property line (förbindelsepunkt) to the meter inside the
           building: ASSUMED 10 m (water engineer), no Swedish statistic gives it. */
        @PositiveOrZero @DecimalMax("1000") Double privateServicePipeMPerConnection,
        /* Legitimate night use per connection: ASSUMED 1.7 l/h, the household night use of the UK "Managing
           Leakage" reports (Report E, WRc/Water UK 1994), until the utility measures its own. */
        @PositiveOrZero @DecimalMax("1000") Double nightUseLitresPerConnectionPerHour,
        /* 24 h: leakage taken as independent of pressure (FAVAD N1 = 0 would give this); ASSUMED. */
        @Positive @DecimalMax("48") Double nightDayFactorHours,
        @DefaultValue("02:00") @NotNull LocalTime nightWindowStart,
        @DefaultValue("04:00") @NotNull LocalTime nightWindowEnd,
        /* The burst rule: the median of the 14 nights before, plus 3 x their MAD (at least 0.5 m3/h), for 3 nights in
           a row: ASSUMED (network manager). */
        @DefaultValue("14") @Positive @Max(365) int baselineNights,
        @DefaultValue("3") @Positive double burstK,
        @DefaultValue("3") @Positive @Max(60) int burstNights,
        @DefaultValue("0.5") @PositiveOrZero double burstMinimumRiseM3PerHour,
        /* Apparent losses, %: customer meters ASSUMED 2 (AWWA M36 gives no default); data handling and unauthorised
           use 0.25 each, the defaults of the AWWA Free Water Audit Software. */
        @PositiveOrZero @DecimalMax("50") Double customerMeterUnderRegistrationPercent,
        @PositiveOrZero @DecimalMax("50") Double dataHandlingErrorsPercent,
        @PositiveOrZero @DecimalMax("50") Double unauthorisedConsumptionPercent,
        /* Night wastewater per connected person: ASSUMED 1.5 l/h (about a fifth of a 170 l/day mean; water engineer). */
        @PositiveOrZero @DecimalMax("100") Double nightWastewaterLitresPerPersonPerHour,
        @DefaultValue("0.2") @DecimalMin("0") @DecimalMax("1") double dryDayPercentile,
        @DefaultValue("1.2") @DecimalMin("1") @DecimalMax("5") double dryDayFactor) {

    public static final String PREFIX = "valedger.zones.";

    @AssertTrue(message = "valedger.zones.night-window-start must be before night-window-end (both on one day)")
    public boolean isNightWindowOrdered() {
        return nightWindowStart == null || nightWindowEnd == null || nightWindowStart.isBefore(nightWindowEnd);
    }

    public double privateServicePipeMPerConnectionOrDefault() {
        return privateServicePipeMPerConnection == null ? 10 : privateServicePipeMPerConnection;
    }

    public double nightUseOrDefault() {
        return nightUseLitresPerConnectionPerHour == null ? 1.7 : nightUseLitresPerConnectionPerHour;
    }

    public double nightDayFactorOrDefault() {
        return nightDayFactorHours == null ? 24 : nightDayFactorHours;
    }

    public double customerMeterOrDefault() {
        return customerMeterUnderRegistrationPercent == null ? 2 : customerMeterUnderRegistrationPercent;
    }

    public double dataHandlingOrDefault() {
        return dataHandlingErrorsPercent == null ? 0.25 : dataHandlingErrorsPercent;
    }

    public double unauthorisedOrDefault() {
        return unauthorisedConsumptionPercent == null ? 0.25 : unauthorisedConsumptionPercent;
    }

    public double nightWastewaterOrDefault() {
        return nightWastewaterLitresPerPersonPerHour == null ? 1.5 : nightWastewaterLitresPerPersonPerHour;
    }
}
