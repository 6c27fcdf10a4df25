package se.valedger.app.imports;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import se.valedger.testing.Api;
import se.valedger.testing.IntegrationTest;

/** Issue 18: a spreadsheet or database sent to a text import is refused cleanly, naming what it is and what to send. */
@IntegrationTest
class BinaryUploadsTest {

    @LocalServerPort
    int port;
    @Autowired
    JdbcTemplate jdbc;
    Api admin;

    @BeforeEach
    void setUp() {
        admin = Api.at(port, "admin", "admin-password");
    }

    /** A real .xlsx, written with Apache POI: a pipes sheet as a utility would keep it. */
    static byte[] pipesWorkbook() throws Exception {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            var sheet = workbook.createSheet("ledningar");
            var header = sheet.createRow(0);
            String[] columns = {"id", "networkKind", "material", "diameterMm", "lengthM", "installationYear"};
            for (int i = 0; i < columns.length; i++) {
                header.createCell(i).setCellValue(columns[i]);
            }
            var row = sheet.createRow(1);
            row.createCell(0).setCellValue("X-1");
            row.createCell(1).setCellValue("V");
            row.createCell(2).setCellValue("PVC");
            row.createCell(3).setCellValue(160);
            row.createCell(4).setCellValue(80.5);
            row.createCell(5).setCellValue(1990);
            workbook.write(out);
            return out.toByteArray();
        }
    }

    long events() {
        return jdbc.queryForObject("SELECT count(*) FROM event_store.domain_event", Long.class);
    }

    void assertRefusedNaming(String path, String contentType, byte[] body, String kind, String expected) {
        long before = events();
        var response = admin.post(path, contentType, body);
        assertThat(response.status()).as(response.body()).isEqualTo(400);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(response.json().get("field").asText()).isEqualTo("file");
        String detail = response.json().get("detail").asText();
        assertThat(detail).contains(kind).contains(expected).doesNotContain("PK\u0003").doesNotContain("\u0000");
        assertThat(events()).isEqualTo(before);
    }

    @Test
    void anXlsxSentAsCsvIsA400NamingZipAndTheTypesTheEndpointTakes() throws Exception {
        byte[] xlsx = pipesWorkbook();
        assertRefusedNaming("/api/imports/pipes-csv", "text/csv", xlsx, "ZIP", "text/csv");
        assertRefusedNaming("/api/imports/leaks-csv", "text/csv", xlsx, "xlsx", "text/csv");
        assertRefusedNaming("/api/imports/epanet", "application/octet-stream", xlsx, "ZIP", "EPANET");
        assertRefusedNaming("/api/imports/en13508", "text/plain", xlsx, "ZIP", "EN 13508-2");
    }

    @Test
    void aGeoPackageSentAsCsvIsRefusedLikewise() {
        // The first 16 bytes of every SQLite 3 database, hence of every GeoPackage (OGC 12-128r18, 1.1.1.1.1).
        byte[] sqlite = "SQLite format 3\u0000rest of the page".getBytes(StandardCharsets.ISO_8859_1);
        assertRefusedNaming("/api/imports/pipes-csv", "text/csv", sqlite, "GeoPackage", "CSV");
    }
}
