package se.valedger.http.api.renewal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Year;
import java.util.ArrayList;
import java.util.Base64;
import java.util.EnumSet;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import se.valedger.app.users.Role;
import se.valedger.app.users.UserAccounts;
import se.valedger.testing.Api;
import se.valedger.testing.InspectionJson;
import se.valedger.testing.IntegrationTest;
import se.valedger.testing.PipeJson;

/** Plans and proposals as xlsx, read back with Apache POI: what the committee gets is what the API knows. */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RenewalExportTest {

    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    static final int YEAR = Year.now().getValue() + 1;
    static final HttpClient CLIENT = HttpClient.newHttpClient();

    @LocalServerPort
    int port;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    UserAccounts accounts;
    String planId;
    long position;

    @BeforeAll
    void aPlanOfTwoSewers() {
        accounts.create("anna", "anna-password", EnumSet.of(Role.PLANNER));
        accounts.create("erik", "erik-password", EnumSet.of(Role.ENGINEER));
        Api admin = Api.at(port, "admin", "admin-password");
        for (String[] p : new String[][] {{"X-1", "CONCRETE", "1950", "4"}, {"X-2", "CONCRETE", "1960", "3"}}) {
            assertThat(admin.post("/api/pipes", PipeJson.pipe(p[0]).wastewater().material(p[1]).diameter(200).length(100)
                    .laid(Integer.parseInt(p[2])).consequenceClass(3).json()).status()).isEqualTo(201);
            assertThat(admin.post("/api/pipes/" + p[0] + "/inspections",
                    InspectionJson.cctv("2026-01-15", Integer.parseInt(p[3])).json()).status()).isEqualTo(202);
        }
        Api anna = Api.at(port, "anna", "anna-password");
        var drafted = anna.post("/api/renewal-plans", "{\"year\":%d,\"budgetSek\":1000000}".formatted(YEAR));
        assertThat(drafted.status()).as(drafted.body()).isEqualTo(201);
        planId = drafted.json().get("id").asText();
        for (String pipe : new String[] {"X-1", "X-2"}) {
            var added = anna.post("/api/renewal-plans/" + planId + "/items",
                    "{\"pipeId\":\"%s\",\"method\":\"RELINING\"}".formatted(pipe));
            assertThat(added.status()).as(added.body()).isIn(200, 202);
        }
        // A third sewer after the plan took the first two, so a proposal has one to propose.
        var third = admin.post("/api/pipes", PipeJson.pipe("X-3").wastewater().material("CONCRETE").diameter(200)
                .length(100).laid(1955).consequenceClass(3).json());
        assertThat(third.status()).isEqualTo(201);
        position = Long.parseLong(third.header("X-Event-Position"));
    }

    HttpResponse<byte[]> send(String user, String method, String path, String json, String accept) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Authorization", "Basic " + Base64.getEncoder()
                        .encodeToString((user + ":" + user + "-password").getBytes(StandardCharsets.UTF_8)))
                .header("Accept", accept);
        if (json == null) {
            request.GET();
        } else {
            request.header("Content-Type", "application/json").method(method, HttpRequest.BodyPublishers.ofString(json));
        }
        return CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    static XSSFWorkbook read(HttpResponse<byte[]> answer) throws Exception {
        assertThat(answer.statusCode()).as(new String(answer.body(), StandardCharsets.UTF_8)).isEqualTo(200);
        assertThat(answer.headers().firstValue("Content-Type").orElse("")).isEqualTo(XLSX);
        return new XSSFWorkbook(new ByteArrayInputStream(answer.body()));
    }

    static Row rowStartingWith(Sheet sheet, String text) {
        for (Row row : sheet) {
            if (row.getCell(0) != null && row.getCell(0).getCellType() == CellType.STRING
                    && row.getCell(0).getStringCellValue().equals(text)) {
                return row;
            }
        }
        throw new AssertionError("no row '" + text + "' in " + sheet.getSheetName());
    }

    @Test
    void aPlanExportsAsAWorkbookWithTheMunicipalityItsPeopleAndEveryItemInSwedish() throws Exception {
        var answer = send("erik", "GET", "/api/renewal-plans/" + planId + "/export?minPosition=" + position, null, XLSX);
        assertThat(answer.headers().firstValue("Content-Disposition").orElse(""))
                .startsWith("attachment").contains("renewal-plan-" + planId + ".xlsx");
        try (XSSFWorkbook book = read(answer)) {
            Sheet sheet = book.getSheet("Förnyelseplan");
            assertThat(sheet).isNotNull();
            assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).isEqualTo("Östersunds kommun");
            assertThat(rowStartingWith(sheet, "Upprättad av").getCell(1).getStringCellValue()).isEqualTo("anna");
            assertThat(rowStartingWith(sheet, "Granskad och godkänd av").getCell(1).getStringCellValue()).isEqualTo("–");
            assertThat(rowStartingWith(sheet, "Status").getCell(1).getStringCellValue()).isEqualTo("Utkast");
            Row year = rowStartingWith(sheet, "År");
            assertThat(year.getCell(1).getNumericCellValue()).isEqualTo(YEAR);
            assertThat(year.getCell(1).getCellStyle().getDataFormatString()).as("a year is never 2 027").isEqualTo("0");
            assertThat(rowStartingWith(sheet, "Budget (kr)").getCell(1).getNumericCellValue()).isEqualTo(1_000_000);
            Row header = rowStartingWith(sheet, "Ledning");
            assertThat(header.getCell(1).getStringCellValue()).isEqualTo("Metod");
            Row first = sheet.getRow(header.getRowNum() + 1);
            Row second = sheet.getRow(header.getRowNum() + 2);
            assertThat(List.of(first.getCell(0).getStringCellValue(), second.getCell(0).getStringCellValue()))
                    .containsExactly("X-1", "X-2");
            assertThat(first.getCell(1).getStringCellValue()).isEqualTo("Relining");
            assertThat(first.getCell(2).getNumericCellValue()).isEqualTo(450_000);
            assertThat(first.getCell(3).getStringCellValue()).isEqualTo("Planerad");
            Row total = rowStartingWith(sheet, "Summa");
            assertThat(total.getCell(2).getCellFormula()).isEqualTo("SUM(C" + (first.getRowNum() + 1) + ":C"
                    + (second.getRowNum() + 1) + ")");
            book.getCreationHelper().createFormulaEvaluator().evaluateAll();
            assertThat(total.getCell(2).getNumericCellValue()).isEqualTo(900_000);
        }
    }

    @Test
    void aProposalExportsItsItemsWithTheirRiskAndTheStrategiesSideBySide() throws Exception {
        List<String> expected = new ArrayList<>();
        var asJson = Api.at(port, "anna", "anna-password").post("/api/renewal-proposals?minPosition=" + position,
                "{\"year\":%d,\"budgetSek\":1000000,\"strategy\":\"highest-risk\"}".formatted(YEAR)).json();
        asJson.get("items").forEach(i -> expected.add(i.get("pipeId").asText()));
        var answer = send("anna", "POST", "/api/renewal-proposals?minPosition=" + position,
                "{\"year\":%d,\"budgetSek\":1000000,\"strategy\":\"highest-risk\"}".formatted(YEAR), XLSX);
        try (XSSFWorkbook book = read(answer)) {
            Sheet items = book.getSheet("Förslag");
            assertThat(rowStartingWith(items, "Strategi").getCell(1).getStringCellValue()).isEqualTo("Högst risk först");
            Row header = rowStartingWith(items, "Rang");
            List<String> drawn = new ArrayList<>();
            for (int r = header.getRowNum() + 1; items.getRow(r) != null; r++) {
                drawn.add(items.getRow(r).getCell(1).getStringCellValue());
            }
            assertThat(drawn).as("the same items as the JSON answer").isNotEmpty().isEqualTo(expected);
            Row first = items.getRow(header.getRowNum() + 1);
            assertThat(first.getCell(2).getStringCellValue()).isEqualTo("Spillvatten");
            assertThat(first.getCell(14).getNumericCellValue()).isBetween(1.0, 25.0);
            assertThat(first.getCell(14).getNumericCellValue()).isEqualTo(asJson.at("/items/0/risk/score").asDouble());
            assertThat(first.getCell(15).getStringCellValue()).as("each item with its risk explanation")
                    .isEqualTo(asJson.at("/items/0/risk/explanation").asText()).contains("consequence");
            Sheet strategies = book.getSheet("Strategier");
            Row names = rowStartingWith(strategies, "Mått");
            assertThat(List.of(names.getCell(1).getStringCellValue(), names.getCell(2).getStringCellValue(),
                    names.getCell(3).getStringCellValue(), names.getCell(4).getStringCellValue()))
                    .containsExactly("Högst risk först", "Äldst först", "Sämst tillstånd först", "Gör ingenting");
            assertThat(rowStartingWith(strategies, "Förnyelsetakt (% av längden per år)").getCell(4).getNumericCellValue())
                    .as("doing nothing renews nothing").isEqualTo(0.0);
            assertThat(rowStartingWith(strategies, "Medelålder efter 30 år (år)").getCell(1).getNumericCellValue())
                    .isPositive();
        }
    }

    @Test
    void theJsonAnswersStayAsTheyWere() throws Exception {
        var json = send("anna", "POST", "/api/renewal-proposals", "{\"year\":%d,\"budgetSek\":1000000,\"strategy\":\"highest-risk\"}"
                .formatted(YEAR), "application/json");
        assertThat(json.statusCode()).isEqualTo(200);
        assertThat(json.headers().firstValue("Content-Type").orElse("")).startsWith("application/json");
    }

    @Test
    void refusalsAreTheSameProblemsAsForJson() throws Exception {
        var unknown = send("erik", "GET", "/api/renewal-plans/no-such-plan/export", null, XLSX);
        assertThat(unknown.statusCode()).isEqualTo(404);
        assertThat(unknown.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
        var noYear = send("anna", "POST", "/api/renewal-proposals", "{\"budgetSek\":1000000}", XLSX);
        assertThat(noYear.statusCode()).isEqualTo(400);
        assertThat(new String(noYear.body(), StandardCharsets.UTF_8)).contains("\"field\":\"year\"");
        var engineer = send("erik", "POST", "/api/renewal-proposals", "{\"year\":%d,\"budgetSek\":1}".formatted(YEAR), XLSX);
        assertThat(engineer.statusCode()).isEqualTo(403);
    }
}
