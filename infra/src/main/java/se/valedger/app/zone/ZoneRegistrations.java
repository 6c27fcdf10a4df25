package se.valedger.app.zone;

import java.util.List;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.operation.valid.IsValidOp;
import org.springframework.stereotype.Component;
import se.valedger.app.CommandSender;
import se.valedger.kernel.InvalidInput;
import se.valedger.pipe.Point;
import se.valedger.zone.DayOutcome;
import se.valedger.zone.RecordZoneVolume;
import se.valedger.zone.RegisterZone;

/**
 * Registers zones and their volumes. A polygon must be a simple ring (JTS validity: no self-crossing), which the
 * command side cannot judge without a geometry library; the rest is the aggregate's.
 */
@Component
public class ZoneRegistrations {

    private final CommandSender commands;
    private final GeometryFactory geometry = new GeometryFactory();

    ZoneRegistrations(CommandSender commands) {
        this.commands = commands;
    }

    public long register(RegisterZone command) {
        if (command.polygon() != null && command.polygon().coordinates().size() >= 3
                && command.polygon().coordinates().stream().allMatch(p -> p != null && Double.isFinite(p.x())
                && Double.isFinite(p.y()))) {
            List<Point> points = command.polygon().coordinates();
            Coordinate[] ring = new Coordinate[points.size() + (points.get(0).equals(points.get(points.size() - 1))
                    ? 0 : 1)];
            for (int i = 0; i < points.size(); i++) {
                ring[i] = new Coordinate(points.get(i).x(), points.get(i).y());
            }
            ring[ring.length - 1] = ring[0];
            if (ring.length >= 4) {
                Polygon polygon = geometry.createPolygon(ring);
                IsValidOp validity = new IsValidOp(polygon);
                if (!validity.isValid()) {
                    throw new InvalidInput("polygon.coordinates", "the polygon is not a simple ring: "
                            + validity.getValidationError().getMessage() + " at "
                            + validity.getValidationError().getCoordinate());
                }
            }
        }
        return commands.send(command, command.zoneId());
    }

    public CommandSender.Sent<DayOutcome> volume(RecordZoneVolume command) {
        return commands.sendForResult(command, command.zoneId());
    }
}
