package se.valedger.app.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.io.ByteOrderValues;
import org.locationtech.jts.io.WKBWriter;
import org.locationtech.proj4j.CRSFactory;
import org.locationtech.proj4j.CoordinateTransformFactory;
import org.locationtech.proj4j.ProjCoordinate;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import se.valedger.testing.Api;
import se.valedger.testing.IntegrationTest;

/**
 * {@code POST /api/imports/geopackage} (issue 18). The GeoPackage is written here with SQLite JDBC after the OGC
 * GeoPackage encoding standard (OGC 12-128r18: the gpkg_spatial_ref_sys, gpkg_contents and gpkg_geometry_columns
 * tables, GeoPackageBinary geometries with and without an envelope): pipes drawn in SWEREF 99 TM with known lengths,
 * once in EPSG:3006 and once, by the inverse projection, in EPSG:4326.
 */
@IntegrationTest
class GeoPackageImportTest {

    static final int PIPES = 200;

    @LocalServerPort
    int port;
    @Autowired
    JdbcTemplate jdbc;
    Api admin;
    @TempDir
    Path dir;

    @BeforeEach
    void setUp() {
        admin = Api.at(port, "admin", "admin-password");
    }

    static byte[] gpkgGeometry(int srsId, Coordinate[] line, boolean withEnvelope) {
        byte[] wkb = new WKBWriter(2, ByteOrderValues.LITTLE_ENDIAN).write(new GeometryFactory().createLineString(line));
        int envelope = withEnvelope ? 32 : 0;
        ByteBuffer blob = ByteBuffer.allocate(8 + envelope + wkb.length).order(ByteOrder.LITTLE_ENDIAN);
        blob.put((byte) 'G').put((byte) 'P').put((byte) 0).put((byte) (withEnvelope ? 0x03 : 0x01)).putInt(srsId);
        if (withEnvelope) {
            double minX = Double.MAX_VALUE, maxX = -Double.MAX_VALUE, minY = Double.MAX_VALUE, maxY = -Double.MAX_VALUE;
            for (Coordinate c : line) {
                minX = Math.min(minX, c.x);
                maxX = Math.max(maxX, c.x);
                minY = Math.min(minY, c.y);
                maxY = Math.max(maxY, c.y);
            }
            blob.putDouble(minX).putDouble(maxX).putDouble(minY).putDouble(maxY);
        }
        blob.put(wkb);
        return blob.array();
    }

    /** Writes the GeoPackage; answers the total length of its pipes in metres, as drawn. */
    double write(Path file) throws Exception {
        var toWgs84 = new CoordinateTransformFactory().createTransform(new CRSFactory().createFromName("EPSG:3006"),
                new CRSFactory().createFromName("EPSG:4326"));
        double total = 0;
        try (Connection db = DriverManager.getConnection("jdbc:sqlite:" + file); Statement s = db.createStatement()) {
            s.execute("CREATE TABLE gpkg_spatial_ref_sys (srs_name TEXT NOT NULL, srs_id INTEGER PRIMARY KEY, organization"
                    + " TEXT NOT NULL, organization_coordsys_id INTEGER NOT NULL, definition TEXT NOT NULL, description TEXT)");
            s.execute("INSERT INTO gpkg_spatial_ref_sys VALUES ('SWEREF99 TM', 3006, 'EPSG', 3006, 'undefined', null)");
            s.execute("INSERT INTO gpkg_spatial_ref_sys VALUES ('WGS 84', 4326, 'EPSG', 4326, 'undefined', null)");
            s.execute("CREATE TABLE gpkg_contents (table_name TEXT NOT NULL PRIMARY KEY, data_type TEXT NOT NULL,"
                    + " identifier TEXT UNIQUE, description TEXT DEFAULT '', last_change DATETIME, min_x DOUBLE, min_y DOUBLE,"
                    + " max_x DOUBLE, max_y DOUBLE, srs_id INTEGER)");
            s.execute("CREATE TABLE gpkg_geometry_columns (table_name TEXT NOT NULL, column_name TEXT NOT NULL,"
                    + " geometry_type_name TEXT NOT NULL, srs_id INTEGER NOT NULL, z TINYINT NOT NULL, m TINYINT NOT NULL)");
            for (String table : new String[] {"ledningar", "wgs"}) {
                int srs = table.equals("wgs") ? 4326 : 3006;
                s.execute("INSERT INTO gpkg_contents (table_name, data_type, identifier, srs_id) VALUES ('" + table
                        + "', 'features', '" + table + "', " + srs + ")");
                s.execute("INSERT INTO gpkg_geometry_columns VALUES ('" + table + "', 'geom', 'LINESTRING', " + srs + ", 0, 0)");
                s.execute("CREATE TABLE " + table + " (fid INTEGER PRIMARY KEY AUTOINCREMENT, geom BLOB, ledningsid TEXT,"
                        + " ledningstyp TEXT, material TEXT, dimension INTEGER, anlaggningsar INTEGER)");
            }
            try (PreparedStatement sweref = db.prepareStatement("INSERT INTO ledningar (geom, ledningsid, ledningstyp,"
                    + " material, dimension, anlaggningsar) VALUES (?, ?, 'dricksvatten', 'segjärn', 160, 1972)");
                 PreparedStatement wgs = db.prepareStatement("INSERT INTO wgs (geom, ledningsid, ledningstyp,"
                    + " material, dimension, anlaggningsar) VALUES (?, ?, 'dagvatten', 'betong', 400, 1981)")) {
                for (int i = 0; i < PIPES; i++) {
                    double e = 470_000 + (i % 20) * 500;
                    double n = 7_000_000 + (i / 20) * 500;
                    double length = 40 + i % 37;
                    total += length;
                    Coordinate[] line = {new Coordinate(e, n), new Coordinate(e + length, n)};
                    sweref.setBytes(1, gpkgGeometry(3006, line, i % 2 == 0));
                    sweref.setString(2, "GP-" + i);
                    sweref.executeUpdate();
                    if (i < 10) {
                        Coordinate[] lonLat = new Coordinate[2];
                        for (int k = 0; k < 2; k++) {
                            ProjCoordinate out = new ProjCoordinate();
                            toWgs84.transform(new ProjCoordinate(line[k].x, line[k].y), out);
                            lonLat[k] = new Coordinate(out.x, out.y);
                        }
                        wgs.setBytes(1, gpkgGeometry(4326, lonLat, false));
                        wgs.setString(2, "GW-" + i);
                        wgs.executeUpdate();
                    }
                }
            }
        }
        return total;
    }

    @Test
    void aGeoPackagesPipesImportWithTheCountLengthsAndCrsOfTheFileAndAReImportStoresNothing() throws Exception {
        Path file = dir.resolve("pipes.gpkg");
        double total = write(file);
        byte[] gpkg = Files.readAllBytes(file);

        var ambiguous = admin.post("/api/imports/geopackage", "application/octet-stream", gpkg);
        assertThat(ambiguous.status()).as(ambiguous.body()).isEqualTo(400);
        assertThat(ambiguous.json().get("field").asText()).isEqualTo("table");
        assertThat(ambiguous.json().get("detail").asText()).contains("ledningar").contains("wgs");

        long started = System.nanoTime();
        var response = admin.post("/api/imports/geopackage?table=ledningar", "application/octet-stream", gpkg);
        double seconds = (System.nanoTime() - started) / 1e9;
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        JsonNode report = response.json();
        assertThat(report.get("format").asText()).isEqualTo("geopackage");
        assertThat(report.get("crs").asText()).isEqualTo("EPSG:3006");
        assertThat(report.get("reprojected").asBoolean()).isFalse();
        assertThat(report.get("created").asInt()).as(report.toString()).isEqualTo(PIPES);
        assertThat(report.get("warnings")).isEmpty();
        assertThat(admin.get("/api/pipes?size=1&minPosition=" + response.header("X-Event-Position")).status()).isEqualTo(200);
        Map<String, Object> stored = jdbc.queryForMap("SELECT count(*) AS n, sum(length_m) AS m FROM register.pipe "
                + "WHERE pipe_id LIKE 'GP-%' AND material = 'DUCTILE_IRON' AND diameter_mm = 160");
        assertThat(((Number) stored.get("n")).intValue()).isEqualTo(PIPES);
        assertThat(((Number) stored.get("m")).doubleValue()).isCloseTo(total, within(1e-6));
        System.out.printf("GeoPackage import: %d pipes in %.2f s = %.0f pipes/s%n", PIPES, seconds, PIPES / seconds);

        JsonNode wgs = admin.post("/api/imports/geopackage?table=wgs", "application/octet-stream", gpkg).json();
        assertThat(wgs.get("crs").asText()).isEqualTo("EPSG:4326");
        assertThat(wgs.get("reprojected").asBoolean()).isTrue();
        assertThat(wgs.get("created").asInt()).as(wgs.toString()).isEqualTo(10);

        long events = jdbc.queryForObject("SELECT count(*) FROM event_store.domain_event", Long.class);
        JsonNode again = admin.post("/api/imports/geopackage?table=ledningar", "application/octet-stream", gpkg).json();
        assertThat(again.get("unchanged").asInt()).isEqualTo(PIPES);
        assertThat(jdbc.queryForObject("SELECT count(*) FROM event_store.domain_event", Long.class)).isEqualTo(events);
    }

    @Test
    void aFileThatIsNoGeoPackageIsA400NamingTheFile() {
        var response = admin.post("/api/imports/geopackage", "application/octet-stream", "id,material\n".getBytes());
        assertThat(response.status()).as(response.body()).isEqualTo(400);
        assertThat(response.json().get("field").asText()).isEqualTo("file");
    }
}
