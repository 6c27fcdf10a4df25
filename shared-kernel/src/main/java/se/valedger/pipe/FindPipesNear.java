package se.valedger.pipe;

/**
 * Pipes whose centre line passes within {@code radiusM} metres of a point, nearest first, at most
 * {@code limit} of them. The point is in {@code crs} (SWEREF 99 TM when null); pipes drawn in another
 * CRS are not compared. Answers {@link NearbyPipes}.
 */
public record FindPipesNear(String crs, double x, double y, double radiusM, int limit) {
}
