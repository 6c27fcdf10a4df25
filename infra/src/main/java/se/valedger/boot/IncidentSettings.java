package se.valedger.boot;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * {@code valedger.incidents.*} ({@link IncidentSettingsConfig}). NIS2 Art. 23(3) sets no numbers for water, so
 * every significance threshold is ASSUMED (set by the utility's information security officer); the authorities
 * are cybersäkerhetsförordningen (2025:1507) §§ 6-7 as we read them, ASSUMED until that officer has checked them
 * and sets {@code confirmed: true}.
 */
@Validated
@ConfigurationProperties("valedger.incidents")
public record IncidentSettings(@DefaultValue @Valid @NotNull Significance significance,
                               @DefaultValue @Valid @NotNull SupervisoryAuthority supervisoryAuthority,
                               @DefaultValue @Valid @NotNull Csirt csirt) {

    public record Significance(@DefaultValue("2") @PositiveOrZero double supplyLostHours,
                               @DefaultValue("2000") @PositiveOrZero int persons,
                               @DefaultValue("1000") @PositiveOrZero double untreatedDischargeM3,
                               @DefaultValue("6") @PositiveOrZero double untreatedDischargeHours,
                               @DefaultValue("5000000") @PositiveOrZero long financialLossSek) {
    }

    public record SupervisoryAuthority(@DefaultValue("Livsmedelsverket") @NotBlank String name,
                                       @DefaultValue("livsmedelsverket@slv.se") @NotBlank String contact,
                                       @DefaultValue("false") boolean confirmed) {
    }

    public record Csirt(@DefaultValue("CERT-SE, Myndigheten för civilt försvar") @NotBlank String name,
                        @DefaultValue("cert@cert.se") @NotBlank String contact,
                        @DefaultValue("false") boolean confirmed) {
    }
}
