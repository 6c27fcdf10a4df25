package se.valedger.boot;

import jakarta.validation.Valid;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.time.Duration;
import java.util.Map;
import org.hibernate.validator.constraints.time.DurationMin;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * {@code valedger.leaks.*}: the CARE-W mean times to repair by pipe size of {@link se.valedger.leak.RepairDeadlines}
 * (statistics only) and the priority classes' target times of {@link se.valedger.leak.LeakTargets}
 * ({@code priority.acute} PT24H, {@code priority.planned} P14D: ASSUMED, set by the utility's network manager).
 * {@code factor.*} (the severity factors that set due times before issue 20) is no longer read: set, it stops the
 * start rather than being ignored without a word.
 */
@Validated
@ConfigurationProperties("valedger.leaks")
public record LeakSettings(@DefaultValue("300") @Positive int smallBelowMm,
                           @DefaultValue("400") @Positive int largeAboveMm,
                           @DefaultValue("8") @Positive double smallHours,
                           @DefaultValue("16") @Positive double mediumHours,
                           @DefaultValue("24") @Positive double largeHours,
                           @DefaultValue @Valid @NotNull Priority priority,
                           @Size(max = 0, message = "valedger.leaks.factor.* is no longer read: since issue 20 the"
                                   + " priority classes (valedger.leaks.priority.acute/.planned) set a leak's due time;"
                                   + " remove the key") Map<String, String> factor) {

    /** Target times of the priority classes (issue 20); each at least a minute, planned never before acute. */
    public record Priority(@DefaultValue("PT24H") @NotNull @DurationMin(minutes = 1) Duration acute,
                           @DefaultValue("P14D") @NotNull @DurationMin(minutes = 1) Duration planned) {

        /** A planned repair cannot be due sooner than an acute one. */
        @AssertTrue(message = "valedger.leaks.priority.planned must not be shorter than valedger.leaks.priority.acute")
        public boolean isPlannedNotBeforeAcute() {
            return acute == null || planned == null || planned.compareTo(acute) >= 0;
        }
    }
}
