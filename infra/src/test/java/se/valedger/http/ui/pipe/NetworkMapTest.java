package se.valedger.http.ui.pipe;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import se.valedger.pipe.Geometry;
import se.valedger.pipe.Material;
import se.valedger.pipe.NetworkKind;
import se.valedger.pipe.PipeStatus;
import se.valedger.pipe.PipeSummary;
import se.valedger.pipe.Point;

class NetworkMapTest {

    static PipeSummary pipe(String id, Integer grade, Geometry geometry) {
        return new PipeSummary(id, NetworkKind.WASTEWATER, Material.PVC, 200, 100, 1980, "Z", 3, geometry,
                null, null, PipeStatus.IN_SERVICE, grade, null, 0, Instant.EPOCH, null, null, null, null, java.util.List.of(), null);
    }

    static Geometry line(double... xy) {
        List<Point> points = new java.util.ArrayList<>();
        for (int i = 0; i < xy.length; i += 2) {
            points.add(new Point(xy[i], xy[i + 1]));
        }
        return new Geometry(Geometry.SWEREF99_TM, points);
    }

    @Test
    void northIsUpAndTheNetworkFillsTheWidth() {
        NetworkMap map = NetworkMap.of(List.of(
                pipe("WEST-SOUTH", 1, line(500000, 7000000, 500100, 7000000)),
                pipe("EAST-NORTH", 4, line(501000, 7000500, 501000, 7000400))));

        String[] box = map.viewBox().split(" ");
        assertThat(Double.parseDouble(box[2])).isEqualTo(1000.0);
        NetworkMap.Line south = map.lines().get(0);
        NetworkMap.Line north = map.lines().get(1);
        double southY = Double.parseDouble(south.points().split(" ")[0].split(",")[1]);
        double northY = Double.parseDouble(north.points().split(" ")[0].split(",")[1]);
        assertThat(northY).as("larger northing is higher on screen").isLessThan(southY);
        double westX = Double.parseDouble(south.points().split(" ")[0].split(",")[0]);
        double eastX = Double.parseDouble(north.points().split(" ")[0].split(",")[0]);
        assertThat(westX).isLessThan(eastX).isGreaterThan(0);
        assertThat(eastX).isLessThan(1000);
        assertThat(south.gradeClass()).isEqualTo("grade-1");
        assertThat(north.gradeClass()).isEqualTo("grade-4");
        assertThat(south.href()).isEqualTo("/pipes/WEST-SOUTH");
    }

    @Test
    void pipesWithoutDrawableGeometryAreCountedNotDrawn() {
        NetworkMap map = NetworkMap.of(List.of(
                pipe("DRAWN", null, line(500000, 7000000, 500100, 7000000)),
                pipe("NO-GEOMETRY", null, null),
                pipe("OTHER-CRS", null, new Geometry("EPSG:4326", List.of(new Point(14.6, 63.2))))));

        assertThat(map.lines()).extracting(NetworkMap.Line::pipeId).containsExactly("DRAWN");
        assertThat(map.lines().get(0).gradeClass()).isEqualTo("grade-none");
        assertThat(map.withoutGeometry()).isEqualTo(2);
    }

    @Test
    void idsAreEncodedInLinks() {
        NetworkMap map = NetworkMap.of(List.of(pipe("Å 12", null, line(1, 1, 2, 2))));
        assertThat(map.lines().get(0).href()).isEqualTo("/pipes/%C3%85%2012");
    }
}
