package se.valedger.http.api.plant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import se.valedger.testing.Api;
import se.valedger.testing.IntegrationTest;

/** The yearly report as JSON, CSV and an xlsx workbook that Apache POI reads back with the same figures. */
@IntegrationTest
class PlantReportTest {

    @LocalServerPort
    int port;

    Api admin;

    @BeforeEach
    void signIn() {
        admin = Api.at(port, "admin", "admin-password");
    }

    String sample(String date, double kg) {
        var r = admin.post("/api/plants/r-1/samples", """
                {"date":"%s","values":[{"parameter":"BOD7","value":%s,"unit":"kg/d"}]}""".formatted(date, kg));
        assertThat(r.status()).as(r.body()).isEqualTo(201);
        return r.header("X-Event-Position");
    }

    @Test
    void theXlsxReportOpensWithPoiAndHoldsTheSameFiguresAsTheJson() throws Exception {
        admin.post("/api/plants", """
                {"id":"r-1","name":"R","permit":{"personEquivalents":1000,"designFlowM3PerDay":500.0,
                 "validFrom":"2020-01-01","reference":"M 6-20"}}""");
        // maxima 2022: 800 pe, 2023: 850 pe, 2024: 900 pe (plus a lower week): the trend reaches 1,000 pe in 2026
        sample("2022-05-03", 56);
        sample("2023-05-03", 59.5);
        sample("2024-05-07", 63);
        sample("2024-02-06", 35);
        admin.post("/api/plants/r-1/measurements", "{\"date\":\"2024-02-06\",\"inflowM3\":600}");
        admin.post("/api/plants/r-1/overflow-points", """
                {"id":"BR-1","name":"Storgatan","type":"NETWORK_OVERFLOW","east":463000,"north":7004000,"recipient":"Sjön"}""");
        var last = admin.post("/api/plants/r-1/overflows", """
                {"pointId":"BR-1","start":"2024-06-01T10:00:00Z","end":"2024-06-01T12:00:00Z","volumeM3":50,
                 "volumeMeasured":false,"bod7Kg":5,"cause":"RAIN"}""");

        var json = admin.get("/api/plants/r-1/reports/2024?minPosition=" + last.header("X-Event-Position")).json();
        assertThat(json.at("/maxWeek/week").asText()).isEqualTo("2024-W19");
        assertThat(json.at("/maxWeek/loadPe").asDouble()).isCloseTo(900.0, within(1e-9));
        assertThat(json.get("meanWeeklyLoadPe").asDouble()).isCloseTo(700.0, within(1e-9));
        assertThat(json.get("samples").asInt()).isEqualTo(2);
        assertThat(json.at("/weeksOver/0/levelPercent").asInt()).isEqualTo(80);
        assertThat(json.at("/weeksOver/0/weeks").asInt()).isEqualTo(1);
        assertThat(json.at("/weeksOver/2/weeks").asInt()).isZero();
        assertThat(json.at("/inflow/daysOverDesignFlow").asInt()).isEqualTo(1);
        assertThat(json.at("/overflowPoints/0/bod7Kg").asDouble()).isEqualTo(5.0);
        // no rain series: the one day with a flow is the median, so dry; its 35 kg/d x 366 days is the dry-weather load
        assertThat(json.at("/overflowShare/dryWeatherBasis").asText()).isEqualTo("INFLOW_PERCENTILE");
        assertThat(json.at("/overflowShare/collectedBod7Kg").asDouble()).isCloseTo(35.0 * 366, within(1e-6));
        assertThat(json.at("/overflowShare/sharePercent").asDouble()).isCloseTo(5 / (35.0 * 366) * 100, within(1e-9));
        assertThat(json.at("/forecast/status").asText()).isEqualTo("REACHED");
        assertThat(json.at("/forecast/yearPermitReached").asInt()).isEqualTo(2026);
        assertThat(json.at("/forecast/method").asText()).contains("yearly maximum average weekly load");

        HttpResponse<byte[]> xlsx = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                        URI.create("http://localhost:" + port + "/api/plants/r-1/reports/2024"))
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString(
                        "admin:admin-password".getBytes(StandardCharsets.UTF_8)))
                .header("Accept", ReportFiles.XLSX).build(), HttpResponse.BodyHandlers.ofByteArray());
        assertThat(xlsx.statusCode()).isEqualTo(200);
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx.body()))) {
            assertThat(book.getSheetAt(0).getSheetName()).isEqualTo("Sammanfattning");
            Sheet summary = book.getSheet("Sammanfattning");
            assertThat(summary.getRow(0).getCell(0).getStringCellValue()).isEqualTo("Uppgift");
            assertThat(value(summary, "Maximal genomsnittlig veckobelastning").getNumericCellValue())
                    .isCloseTo(json.at("/maxWeek/loadPe").asDouble(), within(1e-9));
            assertThat(value(summary, "Vecka med max").getStringCellValue()).isEqualTo(json.at("/maxWeek/week").asText());
            assertThat(value(summary, "Medelbelastning (veckor)").getNumericCellValue())
                    .isCloseTo(json.get("meanWeeklyLoadPe").asDouble(), within(1e-9));
            assertThat(value(summary, "Antal prov").getNumericCellValue()).isEqualTo(json.get("samples").asDouble());
            assertThat(value(summary, "Veckor över 80 %").getNumericCellValue()).isEqualTo(1.0);
            assertThat(value(summary, "Andel av insamlad belastning vid torrväder").getNumericCellValue())
                    .isCloseTo(json.at("/overflowShare/sharePercent").asDouble(), within(1e-9));
            assertThat(value(summary, "Torrväderregel (ANTAGEN)").getStringCellValue())
                    .isEqualTo(json.at("/overflowShare/dryWeatherRule").asText());
            Sheet weeks = book.getSheet("Veckobelastning");
            assertThat(weeks.getLastRowNum()).isEqualTo(json.get("weeks").size());
            for (int i = 0; i < json.get("weeks").size(); i++) {
                Row row = weeks.getRow(i + 1);
                assertThat(row.getCell(0).getStringCellValue()).isEqualTo(json.at("/weeks/" + i + "/week").asText());
                assertThat(row.getCell(1).getNumericCellValue()).isCloseTo(json.at("/weeks/" + i + "/loadPe").asDouble(),
                        within(1e-9));
                assertThat(row.getCell(2).getNumericCellValue()).isEqualTo(json.at("/weeks/" + i + "/samples").asDouble());
            }
            Row point = book.getSheet("Bräddning per punkt").getRow(1);
            assertThat(point.getCell(0).getStringCellValue()).isEqualTo("BR-1");
            assertThat(point.getCell(6).getNumericCellValue()).isEqualTo(1.0);
            assertThat(point.getCell(9).getNumericCellValue()).isEqualTo(50.0);
            assertThat(point.getCell(10).getNumericCellValue()).isEqualTo(json.at("/overflowPoints/0/bod7Kg").asDouble());
            assertThat(book.getSheet("Prognos").getLastRowNum()).isEqualTo(3);
        }

        var csv = admin.get("/api/plants/r-1/reports/2024", "text/csv");
        assertThat(csv.status()).isEqualTo(200);
        assertThat(csv.body()).contains("Uppgift,Värde,Enhet").contains("Vecka med max,2024-W19,")
                .contains("Maximal genomsnittlig veckobelastning,900.000,pe").contains("BR-1,Storgatan,NETWORK_OVERFLOW");
        assertThat(admin.get("/api/plants/nowhere/reports/2024").status()).isEqualTo(404);
        assertThat(admin.get("/api/plants/r-1/reports/20x4").status()).isEqualTo(400);
    }

    private static org.apache.poi.ss.usermodel.Cell value(Sheet sheet, String what) {
        for (Row row : sheet) {
            if (row.getCell(0).getStringCellValue().equals(what)) {
                return row.getCell(1);
            }
        }
        throw new AssertionError("no row " + what);
    }
}
