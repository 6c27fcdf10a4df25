package se.valedger.app.map;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import se.valedger.leak.LeakView;
import se.valedger.pipe.PipeSummary;

/**
 * What the map draws: its frames (one geographic frame for pipes in a known EPSG system, shown in WGS 84 on a Web
 * Mercator map; one frame per reference system and district for drawing units such as an EPANET model's), the pipes
 * and the open leaks in them, and the counts that say whether anything is left out.
 *
 * @param registered      pipes in the whole register
 * @param matching        pipes matching the map's filters (network kind, district)
 * @param withoutGeometry matching pipes that have no coordinates at all, so cannot be drawn anywhere
 * @param truncated       true when more pipes matched than {@code valedger.map.max-pipes} lets one answer carry
 * @param leaksNotShown   open leaks with neither a position nor a drawn pipe to place them on
 */
public record NetworkMapView(List<Frame> frames, List<Line> pipes, List<Marker> leaks, long registered, long matching,
                             int withoutGeometry, boolean truncated, int leaksNotShown) {

    public static final String GEOGRAPHIC = "geo";

    /** One coordinate frame of the map; {@code bounds} in its own coordinates (lon/lat for the geographic one). */
    public record Frame(String id, boolean geographic, String crs, String district, int pipes, MapBounds bounds) {
    }

    /** A pipe's line in its frame's coordinates ({x, y} or {lon, lat} pairs). */
    public record Line(PipeSummary pipe, String frame, List<double[]> coordinates, MapBounds bounds) {
    }

    /** An open leak, at its reported position or, without one, at the middle of its pipe. */
    public record Marker(LeakView leak, String frame, double[] at, boolean onPipe) {
    }

    /** Pipes drawn, in every frame. */
    public int drawn() {
        return pipes.size();
    }

    /** True when the map does not show the whole register (a filter, the size limit, pipes without geometry). */
    public boolean partial() {
        return drawn() < registered;
    }

    /**
     * The map as GeoJSON (RFC 7946): a FeatureCollection of LineString pipes and Point leaks. Features of the
     * geographic frame are in WGS 84 longitude/latitude as the RFC asks; features of a drawing frame carry their
     * frame's id and are in its own units (the RFC's "prior arrangement", spelled out in {@code frames}).
     */
    public Map<String, Object> geoJson() {
        Map<String, Object> collection = new LinkedHashMap<>();
        collection.put("type", "FeatureCollection");
        collection.put("registered", registered);
        collection.put("matching", matching);
        collection.put("drawn", drawn());
        collection.put("withoutGeometry", withoutGeometry);
        collection.put("truncated", truncated);
        collection.put("leaksNotShown", leaksNotShown);
        List<Map<String, Object>> frameList = new ArrayList<>();
        for (Frame frame : frames) {
            Map<String, Object> f = new LinkedHashMap<>();
            f.put("id", frame.id());
            f.put("geographic", frame.geographic());
            f.put("crs", frame.geographic() ? "EPSG:4326" : frame.crs());
            if (frame.geographic()) {
                f.put("sourceCrs", frame.crs());
            }
            f.put("district", frame.district());
            f.put("pipes", frame.pipes());
            f.put("bbox", frame.bounds() == null ? null : round(frame.bounds().asArray(), frame.geographic()));
            frameList.add(f);
        }
        collection.put("frames", frameList);
        List<Map<String, Object>> features = new ArrayList<>(pipes.size() + leaks.size());
        for (Line line : pipes) {
            boolean geo = GEOGRAPHIC.equals(line.frame());
            PipeSummary p = line.pipe();
            Map<String, Object> properties = new LinkedHashMap<>();
            properties.put("feature", "pipe");
            properties.put("pipeId", p.pipeId());
            properties.put("frame", line.frame());
            properties.put("grade", p.latestGrade());
            properties.put("networkKind", p.networkKind());
            properties.put("material", p.material());
            properties.put("diameterMm", p.diameterMm());
            properties.put("installationYear", p.installationYear());
            properties.put("district", p.district());
            properties.put("status", p.status());
            List<double[]> coordinates = line.coordinates().stream().map(c -> round(c, geo)).toList();
            features.add(feature(p.pipeId(), Map.of("type", "LineString", "coordinates", coordinates), properties));
        }
        for (Marker marker : leaks) {
            boolean geo = GEOGRAPHIC.equals(marker.frame());
            LeakView leak = marker.leak();
            Map<String, Object> properties = new LinkedHashMap<>();
            properties.put("feature", "leak");
            properties.put("leakId", leak.leakId());
            properties.put("pipeId", leak.pipeId());
            properties.put("frame", marker.frame());
            properties.put("status", leak.status());
            properties.put("kind", leak.kind());
            properties.put("severity", leak.severity());
            properties.put("overdue", leak.overdue());
            properties.put("placedOnPipe", marker.onPipe());
            features.add(feature(leak.leakId(), Map.of("type", "Point", "coordinates", round(marker.at(), geo)),
                    properties));
        }
        collection.put("features", features);
        return collection;
    }

    private static Map<String, Object> feature(String id, Map<String, Object> geometry, Map<String, Object> properties) {
        Map<String, Object> feature = new LinkedHashMap<>();
        feature.put("type", "Feature");
        feature.put("id", id);
        feature.put("geometry", geometry);
        feature.put("properties", properties);
        return feature;
    }

    /** 7 decimals of a degree are about a centimetre; drawing units keep 3 decimals. */
    private static double[] round(double[] values, boolean degrees) {
        double scale = degrees ? 1e7 : 1e3;
        double[] rounded = new double[values.length];
        for (int i = 0; i < values.length; i++) {
            rounded[i] = Math.round(values[i] * scale) / scale;
        }
        return rounded;
    }
}
