package se.valedger.boot;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * {@code valedger.risk.*}: the likelihood model of {@link se.valedger.risk.RiskScore} ({@link se.valedger.risk.RiskModel}).
 * The half-life is ASSUMED (10 years), set by the asset manager; the break window is 10 years.
 */
@Validated
@ConfigurationProperties("valedger.risk")
public record RiskSettings(@DefaultValue("10") @DecimalMin("0.1") @DecimalMax("100") double inspectionHalfLifeYears,
                           @DefaultValue("10") @Min(1) @Max(100) int breakWindowYears) {
}
