package se.valedger.app;

import jakarta.validation.constraints.NotNull;
import java.time.Duration;
import org.hibernate.validator.constraints.time.DurationMin;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * {@code valedger.cluster.*} (the segment balancer and the import jobs): a node unseen for {@code node-liveness} is taken as gone and
 * its segments are shared out; every node reports itself every {@code balance-interval}. ASSUMED (ours): the
 * interval must stay well below the liveness.
 */
@Validated
@ConfigurationProperties("valedger.cluster")
public record ClusterSettings(@DefaultValue("10s") @NotNull @DurationMin(millis = 1) Duration nodeLiveness,
                              @DefaultValue(ClusterSettings.BALANCE_INTERVAL) @NotNull @DurationMin(millis = 1)
                              Duration balanceInterval) {

    /** Also the default of the segment balancer's schedule, which reads the key itself. */
    public static final String BALANCE_INTERVAL = "2s";
}
