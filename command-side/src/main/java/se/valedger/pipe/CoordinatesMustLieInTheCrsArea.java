package se.valedger.pipe;

import se.valedger.kernel.InvalidInput;

/**
 * A coordinate in a known CRS lies in that CRS's area of use; outside it is a swapped axis, a wrong CRS or a
 * typing error, and would put the pipe or leak in the sea or another country.
 * <ul>
 * <li>EPSG:3006 (SWEREF 99 TM): EPSG area of use 1225 "Sweden – onshore and offshore", bounding box
 * 10.03°E–24.17°E, 54.96°N–69.07°N (EPSG Geodetic Parameter Dataset, CRS 3006, as shown on epsg.io). We check
 * the projected envelope of that box: easting {@value #SWEREF_MIN_E}–{@value #SWEREF_MAX_E} m, northing
 * {@value #SWEREF_MIN_N}–{@value #SWEREF_MAX_N} m, our own estimate of the box's corners in the projection
 * (central meridian 15°E, false easting 500 km), rounded outward by some kilometres: ASSUMED, not EPSG's
 * figures; a point just outside Sweden's box but inside the envelope is accepted.</li>
 * <li>EPSG:4326 (WGS 84): longitude −180..180, latitude −90..90 (x = longitude, y = latitude, as the
 * register has always read it).</li>
 * <li>Any other CRS (an EPANET model's drawing units, a local system): any finite numbers, as before; the
 * register cannot know the area of a CRS it does not know, and a modeller's units are not refused.</li>
 * </ul>
 */
public final class CoordinatesMustLieInTheCrsArea {

    public static final String SWEREF99_TM = "EPSG:3006";
    static final double SWEREF_MIN_E = 170_000;
    static final double SWEREF_MAX_E = 1_100_000;
    static final double SWEREF_MIN_N = 6_090_000;
    static final double SWEREF_MAX_N = 7_700_000;

    private CoordinatesMustLieInTheCrsArea() {
    }

    /** Refuses the point, naming {@code field}, when it lies outside the area of use of {@code crs}. */
    public static void check(String field, String crs, double x, double y) {
        if (SWEREF99_TM.equals(crs) && (x < SWEREF_MIN_E || x > SWEREF_MAX_E || y < SWEREF_MIN_N || y > SWEREF_MAX_N)) {
            throw new InvalidInput(field, "(" + x + ", " + y + ") lies outside the area of use of EPSG:3006 (SWEREF 99 TM, "
                    + "Sweden): easting " + (long) SWEREF_MIN_E + " to " + (long) SWEREF_MAX_E + " m, northing "
                    + (long) SWEREF_MIN_N + " to " + (long) SWEREF_MAX_N + " m. Are x and y swapped, or is it another CRS?");
        }
        if ("EPSG:4326".equals(crs) && (Math.abs(x) > 180 || Math.abs(y) > 90)) {
            throw new InvalidInput(field, "longitude/latitude out of range for EPSG:4326: " + x + ", " + y);
        }
    }
}
