package se.valedger.zone;

import java.util.List;
import se.valedger.pipe.Point;

/** A zone's boundary in the register's coordinate reference system (SWEREF 99 TM, EPSG:3006, unless named). */
public record ZonePolygon(String crs, List<Point> coordinates) {

    public ZonePolygon {
        crs = crs == null || crs.isBlank() ? "EPSG:3006" : crs;
        coordinates = coordinates == null ? List.of() : List.copyOf(coordinates);
    }
}
