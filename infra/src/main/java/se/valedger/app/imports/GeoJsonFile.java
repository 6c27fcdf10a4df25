package se.valedger.app.imports;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.operation.linemerge.LineMerger;
import org.locationtech.proj4j.CRSFactory;
import org.locationtech.proj4j.CoordinateTransform;
import org.locationtech.proj4j.CoordinateTransformFactory;
import org.locationtech.proj4j.ProjCoordinate;
import se.valedger.kernel.InvalidInput;

/**
 * A GeoJSON FeatureCollection of pipes (RFC 7946; the 2008 {@code crs} member is read too) as the pipes CSV it
 * stands for: one row per feature (line = feature index + 2, the header being line 1), its properties as columns
 * (named as the pipes CSV names them, see README) and its geometry as WKT in the register's CRS, EPSG:3006.
 * <ul>
 * <li>CRS: the file's {@code crs} ({@code EPSG:n}, {@code urn:ogc:def:crs:EPSG::n}, {@code ...OGC:1.3:CRS84});
 * none means WGS 84 lon/lat (RFC 7946 section 4). Another CRS than EPSG:3006 is reprojected with proj4j.</li>
 * <li>Plausibility: a feature with a point outside the municipality extent ({@link GisSettings}) is a warning
 * (lon/lat labelled EPSG:3006, or UTM 32 coordinates in a file saying SWEREF 99 TM, land there).</li>
 * <li>LineString, or a MultiLineString whose parts join into one line (JTS LineMerger); any other geometry, or
 * parts that do not join, reject the feature.</li>
 * <li>Without a length property, the length is the geometry's in EPSG:3006 metres, noted on the row.</li>
 * </ul>
 */
final class GeoJsonFile {

    static final String REGISTER_CRS = "EPSG:3006";
    private static final Pattern EPSG = Pattern.compile("(?i).*EPSG:{1,2}(\\d{4,6})$");
    private static final ObjectMapper JSON = new ObjectMapper();

    record Converted(String csv, String sourceCrs, List<ImportReport.Row> warnings, List<ImportReport.Row> notes,
                     List<ImportReport.Row> refused, int features) {
    }

    private GeoJsonFile() {
    }

    static Converted toCsv(Path file, GisSettings extent) {
        JsonNode root;
        try {
            root = JSON.readTree(file.toFile());
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new InvalidInput("file", "the file is not JSON: " + e.getOriginalMessage());
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return toCsv(root, extent);
    }

    /** A FeatureCollection already read (a GeoPackage's features are handed over as one). */
    static Converted toCsv(JsonNode root, GisSettings extent) {
        if (root == null || !"FeatureCollection".equals(root.path("type").asText())) {
            throw new InvalidInput("file", "a GeoJSON import is a FeatureCollection (RFC 7946 section 3.3)");
        }
        String crs = crsOf(root);
        CoordinateTransform transform = REGISTER_CRS.equals(crs) ? null : transform(crs);
        JsonNode features = root.path("features");
        Set<String> keys = new LinkedHashSet<>();
        features.forEach(f -> f.path("properties").fieldNames().forEachRemaining(keys::add));
        keys.removeIf(k -> PipesCsvFile.COLUMNS.get("geometry").contains(Vocabulary.key(k))
                || PipesCsvFile.COLUMNS.get("crs").contains(Vocabulary.key(k))
                || PipesCsvFile.COLUMNS.get("coordinates").contains(Vocabulary.key(k)));
        boolean hasLength = keys.stream().anyMatch(k -> PipesCsvFile.COLUMNS.get("lengthM").contains(Vocabulary.key(k)));
        List<String> header = new ArrayList<>(keys);
        if (!hasLength) {
            header.add("lengthM");
        }
        header.add("geometry");
        header.add("crs");
        StringBuilder csv = new StringBuilder(String.join(",", header.stream().map(GeoJsonFile::quoted).toList())).append('\n');
        List<ImportReport.Row> warnings = new ArrayList<>();
        List<ImportReport.Row> notes = new ArrayList<>();
        List<ImportReport.Row> refused = new ArrayList<>();
        int index = 0;
        for (JsonNode feature : features) {
            long line = index + 2L;
            index++;
            LineString geometry;
            try {
                geometry = line(feature.path("geometry"), transform);
            } catch (IllegalArgumentException e) {
                refused.add(new ImportReport.Row(line, "geometry", "feature " + (index - 1) + ": " + e.getMessage()));
                csv.append('\n');
                continue;
            }
            boolean outside = false;
            for (Coordinate c : geometry.getCoordinates()) {
                outside |= !extent.contains(c.x, c.y);
            }
            if (outside) {
                warnings.add(new ImportReport.Row(line, "geometry", "feature " + (index - 1) + " lies (partly) outside the "
                        + "municipality extent " + extent.describe() + " (valedger.imports.municipality-extent, ASSUMED)"
                        + " in the file's CRS " + crs + ": is the CRS right (lon/lat labelled EPSG:3006, UTM 32 as"
                        + " SWEREF 99 TM)?"));
            }
            List<String> cells = new ArrayList<>();
            for (String key : keys) {
                JsonNode value = feature.path("properties").get(key);
                cells.add(value == null || value.isNull() ? "" : value.isValueNode() ? value.asText() : value.toString());
            }
            if (!hasLength) {
                cells.add(String.format(Locale.ROOT, "%.3f", geometry.getLength()));
                notes.add(new ImportReport.Row(line, "lengthM", "no length property: the geometry's length in EPSG:3006"));
            }
            cells.add(wkt(geometry));
            cells.add(REGISTER_CRS);
            csv.append(String.join(",", cells.stream().map(GeoJsonFile::quoted).toList())).append('\n');
        }
        return new Converted(csv.toString(), crs, warnings, notes, refused, index);
    }

    static String crsOf(JsonNode root) {
        JsonNode name = root.path("crs").path("properties").path("name");
        if (name.isMissingNode() || name.isNull()) {
            return "EPSG:4326";
        }
        String text = name.asText().strip();
        if (text.toUpperCase(Locale.ROOT).endsWith("CRS84")) {
            return "EPSG:4326";
        }
        Matcher m = EPSG.matcher(text);
        if (!m.matches()) {
            throw new InvalidInput("crs", "the file's crs '" + text + "' is not an EPSG code (EPSG:3006,"
                    + " urn:ogc:def:crs:EPSG::3006) nor CRS84");
        }
        return "EPSG:" + m.group(1);
    }

    private static CoordinateTransform transform(String crs) {
        CRSFactory factory = new CRSFactory();
        try {
            // proj4j's EPSG:4326 is lon/lat (x = longitude), the order RFC 7946 writes.
            return new CoordinateTransformFactory().createTransform(factory.createFromName(crs),
                    factory.createFromName(REGISTER_CRS));
        } catch (RuntimeException e) {
            throw new InvalidInput("crs", "the file's CRS " + crs + " is not known to proj4j's EPSG list");
        }
    }

    private static LineString line(JsonNode geometry, CoordinateTransform transform) {
        GeometryFactory factory = new GeometryFactory();
        String type = geometry.path("type").asText();
        List<LineString> parts = new ArrayList<>();
        if (type.equals("LineString")) {
            parts.add(factory.createLineString(coordinates(geometry.path("coordinates"), transform)));
        } else if (type.equals("MultiLineString")) {
            for (JsonNode part : geometry.path("coordinates")) {
                parts.add(factory.createLineString(coordinates(part, transform)));
            }
        } else {
            throw new IllegalArgumentException("a pipe is a LineString or MultiLineString, this is '" + type + "'");
        }
        if (parts.size() == 1) {
            return parts.get(0);
        }
        LineMerger merger = new LineMerger();
        parts.forEach(merger::add);
        var merged = merger.getMergedLineStrings();
        if (merged.size() != 1) {
            throw new IllegalArgumentException("its " + parts.size() + " parts do not join into one line ("
                    + merged.size() + " pieces); a pipe is one line");
        }
        return (LineString) merged.iterator().next();
    }

    private static Coordinate[] coordinates(JsonNode points, CoordinateTransform transform) {
        if (!points.isArray() || points.size() < 2) {
            throw new IllegalArgumentException("a line needs at least two positions");
        }
        Coordinate[] out = new Coordinate[points.size()];
        for (int i = 0; i < points.size(); i++) {
            JsonNode p = points.get(i);
            if (!p.isArray() || p.size() < 2 || !p.get(0).isNumber() || !p.get(1).isNumber()) {
                throw new IllegalArgumentException("position " + i + " is not [x, y]");
            }
            double x = p.get(0).asDouble();
            double y = p.get(1).asDouble();
            if (transform != null) {
                ProjCoordinate to = new ProjCoordinate();
                transform.transform(new ProjCoordinate(x, y), to);
                x = to.x;
                y = to.y;
            }
            if (!Double.isFinite(x) || !Double.isFinite(y)) {
                throw new IllegalArgumentException("position " + i + " cannot be reprojected");
            }
            out[i] = new Coordinate(x, y);
        }
        return out;
    }

    private static String wkt(LineString line) {
        StringBuilder wkt = new StringBuilder("LINESTRING (");
        Coordinate[] points = line.getCoordinates();
        for (int i = 0; i < points.length; i++) {
            if (i > 0) {
                wkt.append(", ");
            }
            wkt.append(String.format(Locale.ROOT, "%.3f %.3f", points[i].x, points[i].y));
        }
        return wkt.append(')').toString();
    }

    private static String quoted(String value) {
        if (value.indexOf(',') < 0 && value.indexOf('"') < 0 && value.indexOf(';') < 0 && value.indexOf('\n') < 0) {
            return value;
        }
        return '"' + value.replace("\"", "\"\"").replace('\n', ' ') + '"';
    }
}
