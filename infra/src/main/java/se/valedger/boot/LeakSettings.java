package se.valedger.boot;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * {@code valedger.leaks.*}: the repair due times of {@link se.valedger.leak.RepairDeadlines} (defaults: the CARE-W
 * repair-time figures; severity factors ASSUMED, set by the utility's network manager).
 */
@Validated
@ConfigurationProperties("valedger.leaks")
public record LeakSettings(@DefaultValue("300") @Positive int smallBelowMm,
                           @DefaultValue("400") @Positive int largeAboveMm,
                           @DefaultValue("8") @Positive double smallHours,
                           @DefaultValue("16") @Positive double mediumHours,
                           @DefaultValue("24") @Positive double largeHours,
                           @DefaultValue @Valid @NotNull Factor factor) {

    public record Factor(@DefaultValue("0.5") @Positive double critical,
                         @DefaultValue("1") @Positive double high,
                         @DefaultValue("3") @Positive double medium,
                         @DefaultValue("10") @Positive double low) {
    }
}
