package se.valedger.app.zone;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.linearref.LengthIndexedLine;
import org.springframework.stereotype.Component;
import se.valedger.pipe.FindPipe;
import se.valedger.pipe.FindPipes;
import se.valedger.pipe.NetworkKind;
import se.valedger.pipe.PipePage;
import se.valedger.pipe.PipeStatus;
import se.valedger.pipe.PipeSummary;
import se.valedger.zone.ZoneKind;
import se.valedger.zone.ZonePolygon;
import se.valedger.zone.ZoneView;

/**
 * The pipes of a zone, from the pipe register's read model: in service, of the zone's networks (drinking water for a
 * supply zone; wastewater and combined sewers for a catchment), and of its district, its list, or with the middle of
 * their centre line inside its polygon (so a pipe crossing a boundary belongs to one zone only). Pipes the polygon
 * cannot place (no geometry, another CRS) and listed ids the register does not know are named in the warnings.
 */
@Component
public class ZonePipes {

    static final int PAGE = 1000;

    private final QueryGateway queries;
    private final GeometryFactory geometry = new GeometryFactory();

    ZonePipes(QueryGateway queries) {
        this.queries = queries;
    }

    public record Selection(List<PipeSummary> pipes, double km, List<String> warnings) {
    }

    public Selection of(ZoneView zone) {
        Set<NetworkKind> kinds = zone.kind() == ZoneKind.SUPPLY ? Set.of(NetworkKind.DRINKING_WATER)
                : Set.of(NetworkKind.WASTEWATER, NetworkKind.COMBINED);
        List<PipeSummary> found = new ArrayList<>();
        List<String> warnings = new ArrayList<>();
        if (zone.pipeIds() != null) {
            List<String> unknown = new ArrayList<>();
            List<String> otherKind = new ArrayList<>();
            for (String id : zone.pipeIds()) {
                Optional<PipeSummary> pipe = queries.query(new FindPipe(id), ResponseTypes.optionalInstanceOf(
                        PipeSummary.class)).join();
                if (pipe.isEmpty()) {
                    unknown.add(id);
                } else if (!kinds.contains(pipe.get().networkKind())) {
                    otherKind.add(id);
                } else if (pipe.get().status() == PipeStatus.IN_SERVICE) {
                    found.add(pipe.get());
                }
            }
            if (!unknown.isEmpty()) {
                warnings.add(unknown.size() + " listed pipes are not in the register: " + first(unknown));
            }
            if (!otherKind.isEmpty()) {
                warnings.add(otherKind.size() + " listed pipes are of another network and not counted: "
                        + first(otherKind));
            }
        } else {
            Polygon polygon = zone.polygon() == null ? null : polygon(zone.polygon());
            int unplaced = 0;
            for (NetworkKind kind : kinds) {
                for (int page = 0; ; page++) {
                    PipePage result = queries.query(new FindPipes(kind, zone.district(), null, page, PAGE),
                            ResponseTypes.instanceOf(PipePage.class)).join();
                    for (PipeSummary pipe : result.items()) {
                        if (pipe.status() != PipeStatus.IN_SERVICE) {
                            continue;
                        }
                        if (polygon == null) {
                            found.add(pipe);
                        } else if (pipe.geometry() == null || pipe.geometry().coordinates().isEmpty()
                                || !pipe.geometry().crs().equals(zone.polygon().crs())) {
                            unplaced++;
                        } else if (polygon.contains(geometry.createPoint(middle(pipe)))) {
                            found.add(pipe);
                        }
                    }
                    if ((long) (page + 1) * PAGE >= result.total()) {
                        break;
                    }
                }
            }
            if (unplaced > 0) {
                warnings.add(unplaced + " pipes have no geometry in " + zone.polygon().crs()
                        + ", so the polygon cannot place them; they are not counted");
            }
        }
        double km = found.stream().mapToDouble(PipeSummary::lengthM).sum() / 1000;
        return new Selection(found, km, warnings);
    }

    private Polygon polygon(ZonePolygon zone) {
        List<Coordinate> ring = new ArrayList<>(zone.coordinates().stream()
                .map(p -> new Coordinate(p.x(), p.y())).toList());
        if (!ring.get(0).equals2D(ring.get(ring.size() - 1))) {
            ring.add(ring.get(0));
        }
        return geometry.createPolygon(ring.toArray(Coordinate[]::new));
    }

    private Coordinate middle(PipeSummary pipe) {
        var points = pipe.geometry().coordinates();
        if (points.size() == 1) {
            return new Coordinate(points.get(0).x(), points.get(0).y());
        }
        LineString line = geometry.createLineString(points.stream().map(p -> new Coordinate(p.x(), p.y()))
                .toArray(Coordinate[]::new));
        return new LengthIndexedLine(line).extractPoint(line.getLength() / 2);
    }

    private static String first(List<String> ids) {
        return String.join(", ", ids.subList(0, Math.min(10, ids.size()))) + (ids.size() > 10 ? " ..." : "");
    }
}
