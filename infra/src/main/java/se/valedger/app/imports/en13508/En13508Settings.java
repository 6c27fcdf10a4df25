package se.valedger.app.imports.en13508;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;
import se.valedger.pipe.Material;

/**
 * The {@code valedger.imports.en13508.*} settings.
 *
 * @param lengthTolerancePercent how far a header's {@code ABQ} (anticipated length of the inspection) may differ
 *                               from the register's length before the report warns; 10 % is ASSUMED (the network
 *                               engineer sets the real one): a survey stopped short or a register length measured
 *                               between other points both differ by more
 * @param materialCodes          further {@code ACD} codes and the register's material for each, checked before the
 *                               built-in tables ({@link En13508Materials}), e.g. {@code material-codes.BTGR=CONCRETE}
 */
@Validated
@ConfigurationProperties(prefix = "valedger.imports.en13508")
public record En13508Settings(
        @DefaultValue("10") @DecimalMin("0") @DecimalMax("1000") double lengthTolerancePercent,
        Map<String, Material> materialCodes) {

    public En13508Settings {
        materialCodes = materialCodes == null ? Map.of() : Map.copyOf(materialCodes);
    }
}
