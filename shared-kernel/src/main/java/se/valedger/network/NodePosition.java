package se.valedger.network;

/** Where a node is: easting x and northing y in a named coordinate reference system (default SWEREF 99 TM). */
public record NodePosition(String crs, double x, double y) {

    public NodePosition {
        crs = crs == null || crs.isBlank() ? "EPSG:3006" : crs.strip();
    }
}
