package se.valedger.pipe;

import java.util.List;

/** A pipe's centre line as a polyline in a named coordinate reference system. */
public record Geometry(String crs, List<Point> coordinates) {

    /** SWEREF 99 TM, the Swedish national grid. */
    public static final String SWEREF99_TM = "EPSG:3006";

    public Geometry {
        crs = crs == null || crs.isBlank() ? SWEREF99_TM : crs;
        coordinates = coordinates == null ? List.of() : List.copyOf(coordinates);
    }
}
