package se.valedger.app.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import se.valedger.testing.Api;
import se.valedger.testing.IntegrationTest;
import se.valedger.testing.SharedData;

/**
 * {@code POST /api/imports/xlsx} (issue 18). The workbooks are written here with Apache POI: the pipes of the
 * EPANET model Net3 ({@code ../shared/data/epanet/Net3.inp}, its [PIPES] rows read by a separate naive parse,
 * lengths converted from feet) as a utility's pipe sheet, and leak rows in the LADWP columns with real date cells.
 */
@IntegrationTest
class XlsxImportTest {

    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    @LocalServerPort
    int port;
    @Autowired
    JdbcTemplate jdbc;
    Api admin;

    @BeforeEach
    void setUp() {
        admin = Api.at(port, "admin", "admin-password");
    }

    record NetPipe(String id, double lengthM, int diameterMm) {
    }

    static List<NetPipe> net3Pipes() throws Exception {
        List<NetPipe> pipes = new java.util.ArrayList<>();
        boolean inPipes = false;
        for (String raw : Files.readAllLines(SharedData.file("epanet/Net3.inp"))) {
            String line = raw.trim();
            if (line.startsWith("[")) {
                inPipes = line.toUpperCase().startsWith("[PIPES]");
                continue;
            }
            if (inPipes && !line.isEmpty() && !line.startsWith(";")) {
                String[] f = line.split("\\s+");
                pipes.add(new NetPipe(f[0], Double.parseDouble(f[3]) * 0.3048, (int) Math.round(Double.parseDouble(f[4]) * 25.4)));
            }
        }
        return pipes;
    }

    static byte[] write(XSSFWorkbook workbook) throws Exception {
        try (workbook; ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            workbook.write(out);
            return out.toByteArray();
        }
    }

    static void header(XSSFSheet sheet, String... names) {
        var row = sheet.createRow(0);
        for (int i = 0; i < names.length; i++) {
            row.createCell(i).setCellValue(names[i]);
        }
    }

    @Test
    void aPipeSheetImportsEveryPipeWithTheLengthsOfTheSourceAndAReImportStoresNothing() throws Exception {
        List<NetPipe> pipes = net3Pipes();
        XSSFWorkbook workbook = new XSSFWorkbook();
        workbook.createSheet("notes").createRow(0).createCell(0).setCellValue("exported from the GIS");
        XSSFSheet sheet = workbook.createSheet("ledningar");
        header(sheet, "ledningsid", "ledningstyp", "material", "dimension", "längd", "anläggningsår");
        for (int i = 0; i < pipes.size(); i++) {
            var row = sheet.createRow(i + 1);
            row.createCell(0).setCellValue("X3-" + pipes.get(i).id());
            row.createCell(1).setCellValue("dricksvatten");
            row.createCell(2).setCellValue("segjärn");
            row.createCell(3).setCellValue(pipes.get(i).diameterMm());
            row.createCell(4).setCellValue(pipes.get(i).lengthM());
            row.createCell(5).setCellValue(1968);
        }
        byte[] xlsx = write(workbook);

        var response = admin.post("/api/imports/xlsx?kind=pipes&sheet=ledningar", XLSX, xlsx);

        assertThat(response.status()).as(response.body()).isEqualTo(200);
        assertThat(response.header("X-Event-Position")).isNotNull();
        JsonNode report = response.json();
        assertThat(report.get("sheet").asText()).isEqualTo("ledningar");
        assertThat(report.get("created").asInt()).as(report.toString()).isEqualTo(pipes.size());
        assertThat(report.get("rejected").asInt()).isZero();
        assertThat(admin.get("/api/pipes?size=1&minPosition=" + response.header("X-Event-Position")).status()).isEqualTo(200);
        Map<String, Object> stored = jdbc.queryForMap("SELECT count(*) AS n, sum(length_m) AS m FROM register.pipe "
                + "WHERE pipe_id LIKE 'X3-%' AND material = 'DUCTILE_IRON' AND installation_year = 1968");
        assertThat(((Number) stored.get("n")).intValue()).isEqualTo(pipes.size());
        assertThat(((Number) stored.get("m")).doubleValue())
                .isCloseTo(pipes.stream().mapToDouble(NetPipe::lengthM).sum(), within(1e-6));

        long events = jdbc.queryForObject("SELECT count(*) FROM event_store.domain_event", Long.class);
        JsonNode again = admin.post("/api/imports/xlsx?kind=pipes&sheet=ledningar", XLSX, xlsx).json();
        assertThat(again.get("unchanged").asInt()).isEqualTo(pipes.size());
        assertThat(jdbc.queryForObject("SELECT count(*) FROM event_store.domain_event", Long.class)).isEqualTo(events);
    }

    @Test
    void aLeakSheetWithDateCellsImportsAndItsErrorsNameTheSheetsRowNumber() throws Exception {
        XSSFWorkbook workbook = new XSSFWorkbook();
        XSSFSheet sheet = workbook.createSheet("breaks");
        header(sheet, "LEAK_ID", "RPT_DATE", "ADDRESS", "PIPE_SIZE", "PIPE_TYPE", "YR_INST", "LEAK_TYPE", "REMARKS");
        CellStyle date = workbook.createCellStyle();
        date.setDataFormat(workbook.getCreationHelper().createDataFormat().getFormat("yyyy-mm-dd"));
        var first = sheet.createRow(1);
        first.createCell(0).setCellValue(501);
        first.createCell(1).setCellValue(LocalDate.of(1994, 2, 3));
        first.getCell(1).setCellStyle(date);
        first.createCell(2).setCellValue("Storgatan 1");
        first.createCell(3).setCellValue(6);
        first.createCell(4).setCellValue("C.I.");
        first.createCell(5).setCellValue(1931);
        first.createCell(6).setCellValue("ROUND CRACK");
        first.createCell(7).setCellValue("found by\nthe night crew");
        // row 3 left empty; row 4 has a date that is none
        var bad = sheet.createRow(3);
        bad.createCell(0).setCellValue(502);
        bad.createCell(1).setCellValue("31-Feb-95");
        bad.createCell(2).setCellValue("Storgatan 2");

        JsonNode report = admin.post("/api/imports/xlsx?kind=leaks&source=XL", XLSX, write(workbook)).json();

        assertThat(report.get("accepted").asInt()).as(report.toString()).isEqualTo(1);
        assertThat(report.get("rejected").asInt()).isEqualTo(1);
        assertThat(report.at("/errors/0/line").asInt()).isEqualTo(4);
        assertThat(report.at("/errors/0/field").asText()).isEqualTo("RPT_DATE");
        assertThat(report.get("notes").toString()).contains("H2").contains("line break");
        String payload = jdbc.queryForObject("SELECT convert_from(payload, 'UTF8') FROM event_store.domain_event "
                + "WHERE aggregate_identifier = 'XL-501'", String.class);
        assertThat(payload).contains("\"reportedOn\":\"1994-02-03\"").contains("\"installationYear\":1931")
                .contains("\"diameterMm\":152").contains("found by the night crew");
    }

    @Test
    void aWrongKindASheetThatIsNotThereAndACsvSentAsXlsxAre400sNamingTheField() throws Exception {
        XSSFWorkbook workbook = new XSSFWorkbook();
        workbook.createSheet("one");
        byte[] xlsx = write(workbook);

        var kind = admin.post("/api/imports/xlsx?kind=valves", XLSX, xlsx);
        assertThat(kind.status()).isEqualTo(400);
        assertThat(kind.json().get("field").asText()).isEqualTo("kind");
        var sheet = admin.post("/api/imports/xlsx?kind=pipes&sheet=two", XLSX, xlsx);
        assertThat(sheet.status()).as(sheet.body()).isEqualTo(400);
        assertThat(sheet.json().get("field").asText()).isEqualTo("sheet");
        assertThat(sheet.json().get("detail").asText()).contains("one");
        var csv = admin.post("/api/imports/xlsx?kind=pipes", XLSX, "id,material\n1,PVC\n".getBytes());
        assertThat(csv.status()).as(csv.body()).isEqualTo(400);
        assertThat(csv.json().get("field").asText()).isEqualTo("file");
        assertThat(csv.json().get("detail").asText()).contains(".xlsx");
    }
}
