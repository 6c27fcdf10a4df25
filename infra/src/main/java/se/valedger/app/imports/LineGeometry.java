package se.valedger.app.imports;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import se.valedger.kernel.MalformedFile;
import se.valedger.pipe.Geometry;
import se.valedger.pipe.Point;

/**
 * A pipe's line from a CSV cell: WKT {@code LINESTRING (x y, x y, ...)} (Z/M values ignored), or a
 * coordinate list: numbers taken pairwise as x y, in any of {@code x y; x y}, {@code x,y x,y} or
 * {@code [[x,y],[x,y]]}. Decimal points only.
 */
final class LineGeometry {

    private static final Pattern WKT = Pattern.compile("(?i)\\s*LINESTRING\\s*(Z|M|ZM)?\\s*\\((.*)\\)\\s*");
    private static final Pattern NUMBER = Pattern.compile("[-+]?(\\d+\\.?\\d*|\\.\\d+)([eE][-+]?\\d+)?");

    private LineGeometry() {
    }

    static Geometry wkt(long line, String text, String crs) {
        Matcher m = WKT.matcher(text);
        if (!m.matches()) {
            throw new MalformedFile(line, "line " + line + ": geometry is not a WKT LINESTRING: '" + abbreviate(text) + "'");
        }
        int dimensions = m.group(1) == null ? 2 : m.group(1).length() + 2;
        List<Point> points = new ArrayList<>();
        for (String vertex : m.group(2).split(",")) {
            String[] values = vertex.strip().split("\\s+");
            if (values.length != dimensions) {
                throw new MalformedFile(line, "line " + line + ": WKT vertex '" + vertex.strip() + "' needs " + dimensions
                        + " numbers");
            }
            points.add(new Point(EpanetFile.number(line, values[0], "x"), EpanetFile.number(line, values[1], "y")));
        }
        return new Geometry(crs, points);
    }

    static Geometry coordinates(long line, String text, String crs) {
        String rest = NUMBER.matcher(text).replaceAll("").replaceAll("[\\s,;\\[\\]()|]", "");
        if (!rest.isEmpty()) {
            throw new MalformedFile(line, "line " + line + ": coordinates may hold only numbers and separators, found '"
                    + abbreviate(rest) + "'");
        }
        List<Double> numbers = new ArrayList<>();
        Matcher m = NUMBER.matcher(text);
        while (m.find()) {
            numbers.add(Double.parseDouble(m.group()));
        }
        if (numbers.size() % 2 != 0) {
            throw new MalformedFile(line, "line " + line + ": coordinates come in x y pairs; found " + numbers.size()
                    + " numbers");
        }
        List<Point> points = new ArrayList<>();
        for (int i = 0; i < numbers.size(); i += 2) {
            points.add(new Point(numbers.get(i), numbers.get(i + 1)));
        }
        return new Geometry(crs, points);
    }

    private static String abbreviate(String text) {
        String t = text.toUpperCase(Locale.ROOT).equals(text) ? text : text;
        return t.length() > 60 ? t.substring(0, 60) + "…" : t;
    }
}
