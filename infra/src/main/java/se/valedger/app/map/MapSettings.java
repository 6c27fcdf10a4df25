package se.valedger.app.map;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * {@code valedger.map.*}: the network map's background and its size limit.
 *
 * @param tileUrl         an XYZ/WMTS tile template ({@code https://host/path/{z}/{x}/{y}.png}) of a background in
 *                        Web Mercator, e.g. the municipality's or Lantmäteriet's; empty (the default): no background,
 *                        the network alone is drawn
 * @param tileAttribution the attribution the background's licence asks for, shown in the map's corner
 * @param tileMaxZoom     the highest zoom level the tile service answers
 * @param maxPipes        the most pipes one map answer carries; beyond it the map says how many it leaves out
 */
@Validated
@ConfigurationProperties("valedger.map")
public record MapSettings(
        @DefaultValue("") @NotNull @Pattern(regexp = "|(?=.*\\{z})(?=.*\\{x})(?=.*\\{y})https?://[^\\s\"'<>]+",
                message = "must be empty or an http(s) tile template containing {z}, {x} and {y}") String tileUrl,
        @DefaultValue("") @NotNull String tileAttribution,
        @DefaultValue("19") @Min(0) @Max(24) int tileMaxZoom,
        @DefaultValue("50000") @Min(1) int maxPipes) {

    public boolean hasBackground() {
        return !tileUrl.isEmpty();
    }

    /** The scheme and host of the tile service, which the page's Content-Security-Policy must allow images from. */
    public String tileOrigin() {
        if (tileUrl.isEmpty()) {
            return "";
        }
        int hostStart = tileUrl.indexOf("://") + 3;
        int slash = tileUrl.indexOf('/', hostStart);
        String origin = slash < 0 ? tileUrl : tileUrl.substring(0, slash);
        // {s} subdomain templates: allow every subdomain of the host.
        return origin.replace("{s}.", "*.");
    }
}
