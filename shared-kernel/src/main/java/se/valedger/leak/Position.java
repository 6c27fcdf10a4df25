package se.valedger.leak;

/** A point in a named coordinate reference system (SWEREF 99 TM, EPSG:3006, unless said otherwise). */
public record Position(String crs, Double x, Double y) {

    public Position {
        crs = crs == null || crs.isBlank() ? "EPSG:3006" : crs;
    }
}
