package se.valedger.app.network;

import java.time.Period;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * {@code valedger.network.*}. {@code valveExerciseInterval}: how long after its last exercise (motionering) a valve is
 * due again; a valve never exercised is due at once. ASSUMED {@code P3Y}, our choice (utilities commonly exercise
 * isolation valves every one to five years, more often the large and critical ones); the network manager sets the
 * utility's own interval. {@code criticalityRefresh}: how often {@code network.pipe_criticality} is recomputed when the
 * graph has changed (read by the query side's scheduler under the same key).
 */
@Validated
@ConfigurationProperties("valedger.network")
public record NetworkSettings(@DefaultValue("P3Y") Period valveExerciseInterval,
                              @DefaultValue("PT1M") java.time.Duration criticalityRefresh) {

    public NetworkSettings {
        if (valveExerciseInterval.isNegative() || valveExerciseInterval.isZero()) {
            throw new IllegalArgumentException("valedger.network.valve-exercise-interval must be more than zero, was "
                    + valveExerciseInterval);
        }
    }
}
