package se.valedger.app.map;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.locationtech.proj4j.CRSFactory;
import org.locationtech.proj4j.CoordinateReferenceSystem;
import org.locationtech.proj4j.CoordinateTransform;
import org.locationtech.proj4j.CoordinateTransformFactory;
import org.locationtech.proj4j.ProjCoordinate;

/**
 * Coordinates in a named EPSG reference system (SWEREF 99 TM, EPSG:3006, first of all) turned into WGS 84
 * longitude and latitude for display on a Web Mercator map, with proj4j's EPSG parameter file. A name that is no
 * EPSG code proj4j knows (an EPANET model's drawing units, say) has no transform: such pipes are drawn in their own
 * frame instead ({@link NetworkMaps}).
 */
final class Projections {

    private static final CRSFactory CRS = new CRSFactory();
    private static final CoordinateTransformFactory TRANSFORMS = new CoordinateTransformFactory();
    private static final CoordinateReferenceSystem WGS84 = CRS.createFromName("EPSG:4326");
    private static final Map<String, Optional<CoordinateReferenceSystem>> KNOWN = new ConcurrentHashMap<>();

    private Projections() {
    }

    /** A transform to WGS 84 for this reference system, or empty when it is not a known EPSG code. */
    static Optional<ToWgs84> toWgs84(String crs) {
        if (crs == null) {
            return Optional.empty();
        }
        return KNOWN.computeIfAbsent(crs.strip().toUpperCase(java.util.Locale.ROOT), Projections::lookUp)
                .map(source -> new ToWgs84(TRANSFORMS.createTransform(source, WGS84)));
    }

    private static Optional<CoordinateReferenceSystem> lookUp(String name) {
        if (!name.matches("EPSG:\\d{4,6}")) {
            return Optional.empty();
        }
        try {
            return Optional.of(CRS.createFromName(name));
        } catch (RuntimeException unknown) {
            // proj4j throws its own unchecked exceptions for a code its file does not have.
            return Optional.empty();
        }
    }

    /** One transform; not thread-safe (proj4j keeps working state in it), so one per request. */
    static final class ToWgs84 {

        private final CoordinateTransform transform;
        private final ProjCoordinate in = new ProjCoordinate();
        private final ProjCoordinate out = new ProjCoordinate();

        private ToWgs84(CoordinateTransform transform) {
            this.transform = transform;
        }

        /** {longitude, latitude} in degrees, or null when the point lies outside what the projection can take. */
        double[] lonLat(double x, double y) {
            in.x = x;
            in.y = y;
            try {
                transform.transform(in, out);
            } catch (RuntimeException outside) {
                return null;
            }
            if (!Double.isFinite(out.x) || !Double.isFinite(out.y) || Math.abs(out.y) > 90 || Math.abs(out.x) > 180) {
                return null;
            }
            return new double[] {out.x, out.y};
        }
    }
}
