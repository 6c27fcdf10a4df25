package se.valedger.http.ui.pipe;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import se.valedger.pipe.Geometry;
import se.valedger.pipe.PipeSummary;
import se.valedger.pipe.Point;

/**
 * Pipes drawn as SVG polylines from their SWEREF 99 TM geometry, north up, scaled into a view box
 * {@value #WIDTH} units wide. No tiles: the drawing is the network itself.
 */
record NetworkMap(String viewBox, List<Line> lines, int withoutGeometry) {

    static final double WIDTH = 1000;
    static final double MAX_HEIGHT = 1500;
    static final double MARGIN = 0.03;

    record Line(String pipeId, String href, String points, Integer grade, String networkKind) {

        public String gradeClass() {
            return grade == null ? "grade-none" : "grade-" + grade;
        }
    }

    static NetworkMap of(List<PipeSummary> pipes) {
        List<PipeSummary> drawable = pipes.stream().filter(NetworkMap::drawable).toList();
        if (drawable.isEmpty()) {
            return new NetworkMap("0 0 " + (int) WIDTH + " 200", List.of(), pipes.size());
        }
        double minX = Double.MAX_VALUE, minY = Double.MAX_VALUE, maxX = -Double.MAX_VALUE, maxY = -Double.MAX_VALUE;
        for (PipeSummary pipe : drawable) {
            for (Point p : pipe.geometry().coordinates()) {
                minX = Math.min(minX, p.x());
                maxX = Math.max(maxX, p.x());
                minY = Math.min(minY, p.y());
                maxY = Math.max(maxY, p.y());
            }
        }
        double spanX = Math.max(maxX - minX, 1);
        double spanY = Math.max(maxY - minY, 1);
        double padding = Math.max(spanX, spanY) * MARGIN;
        minX -= padding;
        maxY += padding;
        spanX += 2 * padding;
        spanY += 2 * padding;
        double scale = Math.min(WIDTH / spanX, MAX_HEIGHT / spanY);
        double width = spanX * scale;
        double height = spanY * scale;
        List<Line> lines = new ArrayList<>(drawable.size());
        for (PipeSummary pipe : drawable) {
            StringBuilder points = new StringBuilder();
            for (Point p : pipe.geometry().coordinates()) {
                if (!points.isEmpty()) {
                    points.append(' ');
                }
                points.append(String.format(Locale.ROOT, "%.1f,%.1f", (p.x() - minX) * scale, (maxY - p.y()) * scale));
            }
            lines.add(new Line(pipe.pipeId(), PipeLinks.pipe(pipe.pipeId()), points.toString(), pipe.latestGrade(),
                    pipe.networkKind().name()));
        }
        String viewBox = String.format(Locale.ROOT, "0 0 %.0f %.0f", width, height);
        return new NetworkMap(viewBox, lines, pipes.size() - drawable.size());
    }

    private static boolean drawable(PipeSummary pipe) {
        Geometry geometry = pipe.geometry();
        return geometry != null && Geometry.SWEREF99_TM.equals(geometry.crs()) && !geometry.coordinates().isEmpty();
    }
}
