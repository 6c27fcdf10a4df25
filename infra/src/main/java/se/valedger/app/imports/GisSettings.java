package se.valedger.app.imports;

import jakarta.validation.constraints.NotNull;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * The {@code valedger.imports.municipality-extent.*} settings: the municipality's bounding box in the register's
 * CRS (SWEREF 99 TM, EPSG:3006), against which GIS imports check that a file's coordinates are where its CRS says.
 * The default is Östersund municipality drawn generously (about 410-560 km E, 6,930-7,090 km N, around the town at
 * 63.18°N 14.64°E = about 481 km E, 7,006 km N): ASSUMED; the GIS administrator sets the real one.
 */
@Validated
@ConfigurationProperties(prefix = "valedger.imports.municipality-extent")
public record GisSettings(
        @DefaultValue("410000") @NotNull Double minEasting,
        @DefaultValue("6930000") @NotNull Double minNorthing,
        @DefaultValue("560000") @NotNull Double maxEasting,
        @DefaultValue("7090000") @NotNull Double maxNorthing) {

    public boolean contains(double easting, double northing) {
        return easting >= minEasting && easting <= maxEasting && northing >= minNorthing && northing <= maxNorthing;
    }

    public String describe() {
        return String.format(java.util.Locale.ROOT, "E %.0f-%.0f, N %.0f-%.0f (EPSG:3006)", minEasting, maxEasting,
                minNorthing, maxNorthing);
    }
}
