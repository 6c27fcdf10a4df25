package se.valedger.app.imports;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.MultiLineString;
import org.locationtech.jts.io.ParseException;
import org.locationtech.jts.io.WKBReader;
import se.valedger.kernel.InvalidInput;

/**
 * An OGC GeoPackage (OGC 12-128r18; an SQLite database) of pipes: one feature table ({@code gpkg_contents} with
 * {@code data_type = 'features'}; with several, {@code ?table=} names it), its geometry column and SRS from
 * {@code gpkg_geometry_columns} and {@code gpkg_spatial_ref_sys} (organization EPSG and its code), each geometry a
 * GeoPackageBinary blob (section 2.1.3: magic {@code GP}, version, flags with the envelope size, srs id, then WKB)
 * read with JTS. The features are handed to {@link GeoJsonFile} as a FeatureCollection in the file's CRS, so
 * reprojection, the extent check, line merging and the CSV rows are the GeoJSON import's.
 */
final class GeoPackageFile {

    private GeoPackageFile() {
    }

    static GeoJsonFile.Converted toCsv(Path file, String table, GisSettings extent) {
        try (Connection db = DriverManager.getConnection("jdbc:sqlite:" + file.toAbsolutePath())) {
            String features = featureTable(db, table);
            String column;
            int srsId;
            try (PreparedStatement q = db.prepareStatement(
                    "SELECT column_name, srs_id FROM gpkg_geometry_columns WHERE table_name = ?")) {
                q.setString(1, features);
                try (ResultSet rs = q.executeQuery()) {
                    if (!rs.next()) {
                        throw new InvalidInput("table", "feature table " + features + " has no geometry column");
                    }
                    column = rs.getString(1);
                    srsId = rs.getInt(2);
                }
            }
            String crs = crs(db, srsId);
            JsonNodeFactory json = JsonNodeFactory.instance;
            ObjectNode collection = json.objectNode().put("type", "FeatureCollection");
            collection.putObject("crs").put("type", "name").putObject("properties").put("name", crs);
            ArrayNode list = collection.putArray("features");
            try (PreparedStatement q = db.prepareStatement("SELECT * FROM \"" + features.replace("\"", "\"\"") + "\"");
                 ResultSet rs = q.executeQuery()) {
                ResultSetMetaData meta = rs.getMetaData();
                while (rs.next()) {
                    ObjectNode feature = list.addObject().put("type", "Feature");
                    ObjectNode properties = feature.putObject("properties");
                    for (int c = 1; c <= meta.getColumnCount(); c++) {
                        String name = meta.getColumnName(c);
                        if (name.equalsIgnoreCase(column) || name.equalsIgnoreCase("fid")) {
                            continue;
                        }
                        Object value = rs.getObject(c);
                        if (value instanceof Number n) {
                            properties.put(name, n.toString());
                        } else if (value != null) {
                            properties.put(name, value.toString());
                        }
                    }
                    feature.set("geometry", geometry(rs.getBytes(column)));
                }
            }
            return GeoJsonFile.toCsv(collection, extent);
        } catch (SQLException e) {
            throw new InvalidInput("file", "the file is not a GeoPackage (an SQLite database with gpkg_contents): "
                    + e.getMessage());
        }
    }

    private static String featureTable(Connection db, String wanted) throws SQLException {
        List<String> tables = new ArrayList<>();
        try (PreparedStatement q = db.prepareStatement(
                "SELECT table_name FROM gpkg_contents WHERE data_type = 'features' ORDER BY table_name");
             ResultSet rs = q.executeQuery()) {
            while (rs.next()) {
                tables.add(rs.getString(1));
            }
        }
        if (wanted != null) {
            if (!tables.contains(wanted)) {
                throw new InvalidInput("table", "the GeoPackage has no feature table '" + wanted + "'; it has " + tables);
            }
            return wanted;
        }
        if (tables.size() != 1) {
            throw new InvalidInput("table", tables.isEmpty() ? "the GeoPackage has no feature table"
                    : "the GeoPackage has " + tables.size() + " feature tables " + tables + "; name one with table=");
        }
        return tables.get(0);
    }

    private static String crs(Connection db, int srsId) throws SQLException {
        try (PreparedStatement q = db.prepareStatement(
                "SELECT organization, organization_coordsys_id FROM gpkg_spatial_ref_sys WHERE srs_id = ?")) {
            q.setInt(1, srsId);
            try (ResultSet rs = q.executeQuery()) {
                if (!rs.next() || !"EPSG".equalsIgnoreCase(rs.getString(1).strip())) {
                    throw new InvalidInput("crs", "the GeoPackage's SRS " + srsId + " is not an EPSG one");
                }
                return "EPSG:" + rs.getInt(2);
            }
        }
    }

    /** GeoPackageBinary to the GeoJSON geometry of its WKB (an empty or unreadable one: a null geometry). */
    static ObjectNode geometry(byte[] blob) {
        JsonNodeFactory json = JsonNodeFactory.instance;
        ObjectNode out = json.objectNode();
        if (blob == null || blob.length < 8 || blob[0] != 'G' || blob[1] != 'P') {
            return out.put("type", "none (not a GeoPackageBinary geometry)");
        }
        int flags = blob[3];
        int envelope = switch ((flags >> 1) & 0x07) {
            case 0 -> 0;
            case 1 -> 32;
            case 2, 3 -> 48;
            case 4 -> 64;
            default -> -1;
        };
        if (envelope < 0 || (flags & 0x10) != 0) {
            return out.put("type", (flags & 0x10) != 0 ? "empty" : "none (bad envelope flag)");
        }
        Geometry geometry;
        try {
            byte[] wkb = java.util.Arrays.copyOfRange(blob, 8 + envelope, blob.length);
            geometry = new WKBReader().read(wkb);
        } catch (ParseException e) {
            return out.put("type", "none (WKB cannot be read)");
        }
        if (geometry instanceof LineString line) {
            out.put("type", "LineString");
            out.set("coordinates", positions(line));
        } else if (geometry instanceof MultiLineString multi) {
            out.put("type", "MultiLineString");
            ArrayNode parts = out.putArray("coordinates");
            for (int i = 0; i < multi.getNumGeometries(); i++) {
                parts.add(positions((LineString) multi.getGeometryN(i)));
            }
        } else {
            out.put("type", geometry.getGeometryType());
        }
        return out;
    }

    private static ArrayNode positions(LineString line) {
        ArrayNode points = JsonNodeFactory.instance.arrayNode();
        for (Coordinate c : line.getCoordinates()) {
            points.addArray().add(c.x).add(c.y);
        }
        return points;
    }

}
