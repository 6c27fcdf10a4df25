package se.valedger.boot;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import java.time.LocalDate;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * {@code valedger.plants.*}: the treatment plant snapshot interval ({@link PlantSnapshotConfig}) and Göviken as
 * registered at first start ({@link GovikenAtFirstStart}). Göviken's permit figures are ASSUMED until the
 * utility's plant engineer enters the permit decision (POST /api/plants/goviken/permit).
 */
@Validated
@ConfigurationProperties("valedger.plants")
public record PlantSettings(@DefaultValue("100") @Positive int snapshotEvery,
                            @DefaultValue @Valid @NotNull Goviken goviken) {

    public record Goviken(
            @DefaultValue("Göviken") @NotBlank String name,
            @DefaultValue("75000") @Positive int permitPe,
            @DefaultValue("30000") @Positive double designFlowM3PerDay,
            @DefaultValue("2000-01-01") @NotNull LocalDate permitValidFrom,
            @DefaultValue("ASSUMED default permit, replace with the decision via POST /api/plants/goviken/permit")
            @NotBlank String permitReference,
            @DefaultValue({"80", "90"}) @NotEmpty List<Integer> thresholdsPercent,
            /** Qdim per hour, ASSUMED: twice the mean hour of the assumed 30,000 m3/d (a usual peak factor). */
            @DefaultValue("2500") @Positive double designFlowM3PerHour) {
    }
}
