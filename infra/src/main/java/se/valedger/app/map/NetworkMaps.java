package se.valedger.app.map;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.stereotype.Component;
import se.valedger.kernel.InvalidInput;
import se.valedger.leak.FindLeaks;
import se.valedger.leak.LeakPage;
import se.valedger.leak.LeakStatus;
import se.valedger.leak.LeakView;
import se.valedger.leak.Position;
import se.valedger.pipe.FindPipes;
import se.valedger.pipe.Geometry;
import se.valedger.pipe.NetworkKind;
import se.valedger.pipe.PipePage;
import se.valedger.pipe.PipeSummary;
import se.valedger.pipe.Point;

/**
 * The network map's content, shared by the map page and {@code GET /api/map/pipes}: every matching pipe of the
 * register in a frame it can be drawn in, never silently left out. Pipes in an EPSG system proj4j knows (SWEREF 99
 * TM above all) go to the geographic frame in WGS 84; pipes in a modeller's drawing units (an EPANET import's
 * {@code EPANET}, or a point proj4j cannot project) get one frame per reference system and district, drawn in their
 * own units. Open leaks are placed at their reported position or, without one, on their pipe.
 */
@Component
public class NetworkMaps {

    /** Register rows fetched per query while the map is gathered. */
    static final int PAGE = 5000;
    /** Open leaks fetched per status; more open leaks than this at once is an emergency the map would not help with. */
    static final int MAX_LEAKS_PER_STATUS = 5000;

    private final QueryGateway queries;
    private final MapSettings settings;

    NetworkMaps(QueryGateway queries, MapSettings settings) {
        this.queries = queries;
        this.settings = settings;
    }

    /**
     * @param frame the frame {@code bbox} is in ({@value NetworkMapView#GEOGRAPHIC} by default); with a bbox only
     *              that frame's pipes and leaks are answered, without one every frame
     */
    public NetworkMapView map(NetworkKind networkKind, String district, String frame, MapBounds bbox) {
        String area = district == null || district.isBlank() ? null : district.strip();
        String frameId = frame == null || frame.isBlank() ? NetworkMapView.GEOGRAPHIC : frame.strip();
        if (bbox != null && NetworkMapView.GEOGRAPHIC.equals(frameId)) {
            bbox.mustBeLonLat("bbox");
        }
        List<PipeSummary> matching = new ArrayList<>();
        long matchingTotal = 0;
        for (int page = 0; matching.size() < settings.maxPipes(); page++) {
            PipePage rows = queries.query(new FindPipes(networkKind, area, null, page, PAGE), PipePage.class).join();
            matchingTotal = rows.total();
            matching.addAll(rows.items().subList(0, Math.min(rows.items().size(), settings.maxPipes() - matching.size())));
            if (rows.items().size() < PAGE || (long) (page + 1) * PAGE >= rows.total()) {
                break;
            }
        }
        long registered = networkKind == null && area == null ? matchingTotal
                : queries.query(new FindPipes(null, null, null, 0, 1), PipePage.class).join().total();

        Map<String, Projections.ToWgs84> transforms = new HashMap<>();
        Map<String, FrameBuilder> frames = new LinkedHashMap<>();
        Map<String, NetworkMapView.Line> byPipe = new HashMap<>();
        List<NetworkMapView.Line> lines = new ArrayList<>(matching.size());
        int withoutGeometry = 0;
        for (PipeSummary pipe : matching) {
            Geometry geometry = pipe.geometry();
            if (geometry == null || geometry.coordinates().isEmpty()) {
                withoutGeometry++;
                continue;
            }
            NetworkMapView.Line line = geographic(pipe, geometry, transforms)
                    .orElseGet(() -> inDrawingUnits(pipe, geometry));
            frames.computeIfAbsent(line.frame(), id -> new FrameBuilder(id, geometry.crs(), pipe.district()))
                    .add(line.bounds());
            byPipe.put(pipe.pipeId(), line);
            if (bbox == null || (line.frame().equals(frameId) && line.bounds().intersects(bbox))) {
                lines.add(line);
            }
        }

        List<NetworkMapView.Marker> markers = new ArrayList<>();
        int leaksNotShown = 0;
        for (LeakStatus status : LeakStatus.values()) {
            if (!status.isOpen()) {
                continue;
            }
            LeakPage open = queries.query(new FindLeaks(status, null, null, null, 0, MAX_LEAKS_PER_STATUS),
                    LeakPage.class).join();
            for (LeakView leak : open.items()) {
                NetworkMapView.Line pipe = leak.pipeId() == null ? null : byPipe.get(leak.pipeId());
                if ((area != null || networkKind != null) && pipe == null) {
                    continue; // not in the part of the network asked for
                }
                Optional<NetworkMapView.Marker> marker = at(leak, pipe, transforms);
                if (marker.isEmpty()) {
                    leaksNotShown++;
                    continue;
                }
                NetworkMapView.Marker m = marker.get();
                if (NetworkMapView.GEOGRAPHIC.equals(m.frame())) {
                    frames.computeIfAbsent(m.frame(), id -> new FrameBuilder(id, leak.position().crs(), null))
                            .include(m.at());
                }
                if (bbox == null || (m.frame().equals(frameId) && bbox.intersects(MapBounds.of(m.at()[0], m.at()[1])))) {
                    markers.add(m);
                }
            }
        }
        if (bbox != null && !frames.containsKey(frameId) && !NetworkMapView.GEOGRAPHIC.equals(frameId)) {
            throw new InvalidInput("frame", "no frame '" + frameId + "' on this map; the frames are "
                    + String.join(", ", frames.keySet()));
        }
        List<NetworkMapView.Frame> frameList = frames.values().stream().map(FrameBuilder::build)
                .sorted((a, b) -> a.geographic() == b.geographic() ? 0 : a.geographic() ? -1 : 1).toList();
        return new NetworkMapView(frameList, lines, markers, registered, matchingTotal, withoutGeometry,
                matchingTotal > matching.size(), leaksNotShown);
    }

    private static Optional<NetworkMapView.Line> geographic(PipeSummary pipe, Geometry geometry,
                                                            Map<String, Projections.ToWgs84> transforms) {
        Projections.ToWgs84 transform = transform(geometry.crs(), transforms);
        if (transform == null) {
            return Optional.empty();
        }
        List<double[]> lonLats = new ArrayList<>(geometry.coordinates().size());
        MapBounds bounds = null;
        for (Point p : geometry.coordinates()) {
            double[] lonLat = transform.lonLat(p.x(), p.y());
            if (lonLat == null) {
                return Optional.empty(); // a point the projection cannot take: drawn in its own units instead
            }
            lonLats.add(lonLat);
            bounds = bounds == null ? MapBounds.of(lonLat[0], lonLat[1]) : bounds.include(lonLat[0], lonLat[1]);
        }
        return Optional.of(new NetworkMapView.Line(pipe, NetworkMapView.GEOGRAPHIC, lonLats, bounds));
    }

    private static NetworkMapView.Line inDrawingUnits(PipeSummary pipe, Geometry geometry) {
        List<double[]> xy = new ArrayList<>(geometry.coordinates().size());
        MapBounds bounds = null;
        for (Point p : geometry.coordinates()) {
            xy.add(new double[] {p.x(), p.y()});
            bounds = bounds == null ? MapBounds.of(p.x(), p.y()) : bounds.include(p.x(), p.y());
        }
        return new NetworkMapView.Line(pipe, drawingFrame(geometry.crs(), pipe.district()), xy, bounds);
    }

    /** The id of the frame of pipes in one reference system's drawing units and one district. */
    public static String drawingFrame(String crs, String district) {
        return crs + "|" + (district == null ? "" : district);
    }

    private static Optional<NetworkMapView.Marker> at(LeakView leak, NetworkMapView.Line pipe,
                                                      Map<String, Projections.ToWgs84> transforms) {
        Position position = leak.position();
        if (position != null && position.x() != null && position.y() != null) {
            Projections.ToWgs84 transform = transform(position.crs(), transforms);
            double[] lonLat = transform == null ? null : transform.lonLat(position.x(), position.y());
            if (lonLat != null) {
                return Optional.of(new NetworkMapView.Marker(leak, NetworkMapView.GEOGRAPHIC, lonLat, false));
            }
            if (pipe != null && !pipe.frame().equals(NetworkMapView.GEOGRAPHIC)
                    && position.crs().equals(pipe.pipe().geometry().crs())) {
                return Optional.of(new NetworkMapView.Marker(leak, pipe.frame(),
                        new double[] {position.x(), position.y()}, false));
            }
        }
        if (pipe == null) {
            return Optional.empty();
        }
        List<double[]> c = pipe.coordinates();
        double[] a = c.get((c.size() - 1) / 2);
        double[] b = c.get(c.size() / 2);
        double[] middle = c.size() % 2 == 1 ? a : new double[] {(a[0] + b[0]) / 2, (a[1] + b[1]) / 2};
        return Optional.of(new NetworkMapView.Marker(leak, pipe.frame(), middle, true));
    }

    private static Projections.ToWgs84 transform(String crs, Map<String, Projections.ToWgs84> transforms) {
        return transforms.computeIfAbsent(crs, name -> Projections.toWgs84(name).orElse(null));
    }

    private static final class FrameBuilder {
        private final String id;
        private final String crs;
        private final String district;
        private int pipes;
        private MapBounds bounds;

        FrameBuilder(String id, String crs, String district) {
            this.id = id;
            this.crs = crs;
            this.district = NetworkMapView.GEOGRAPHIC.equals(id) ? null : district;
        }

        void add(MapBounds line) {
            pipes++;
            bounds = bounds == null ? line : bounds.include(line.minX(), line.minY()).include(line.maxX(), line.maxY());
        }

        void include(double[] point) {
            bounds = bounds == null ? MapBounds.of(point[0], point[1]) : bounds.include(point[0], point[1]);
        }

        NetworkMapView.Frame build() {
            return new NetworkMapView.Frame(id, NetworkMapView.GEOGRAPHIC.equals(id), crs, district, pipes, bounds);
        }
    }
}
