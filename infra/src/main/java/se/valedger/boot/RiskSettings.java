package se.valedger.boot;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * {@code valedger.risk.*}: the likelihood model of {@link se.valedger.risk.RiskScore} ({@link se.valedger.risk.RiskModel}).
 * The half-life is ASSUMED (10 years), set by the asset manager; the break window is 10 years. {@code consequence.*}:
 * the weights of the consequence's named parts ({@link se.valedger.risk.ConsequenceWeights}, ASSUMED defaults, each
 * 0-10) and their {@code version}, named in every score.
 */
@Validated
@ConfigurationProperties("valedger.risk")
public record RiskSettings(@DefaultValue("10") @DecimalMin("0.1") @DecimalMax("100") double inspectionHalfLifeYears,
                           @DefaultValue("10") @Min(1) @Max(100) int breakWindowYears,
                           @DefaultValue @Valid Consequence consequence) {

    /** {@code valedger.risk.consequence.*}. */
    public record Consequence(@DefaultValue("ASSUMED-w1") @Pattern(regexp = "[A-Za-z0-9._-]{1,16}") String version,
                              @DefaultValue("0.3") @DecimalMin("0") @DecimalMax("10") double diameter,
                              @DefaultValue("0.3") @DecimalMin("0") @DecimalMax("10") double network,
                              @DefaultValue("0.4") @DecimalMin("0") @DecimalMax("10") double consequenceClass,
                              @DefaultValue("0.3") @DecimalMin("0") @DecimalMax("10") double households,
                              @DefaultValue("0.3") @DecimalMin("0") @DecimalMax("10") double criticalCustomers,
                              @DefaultValue("0.3") @DecimalMin("0") @DecimalMax("10") double singleFeed,
                              @DefaultValue("0.1") @DecimalMin("0") @DecimalMax("10") double mainRoadOrRailway,
                              @DefaultValue("0.2") @DecimalMin("0") @DecimalMax("10") double waterProtectionArea,
                              @DefaultValue("0.1") @DecimalMin("0") @DecimalMax("10") double distanceToRecipient) {
    }
}
