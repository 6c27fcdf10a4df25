package se.valedger.app.imports;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import se.valedger.testing.Api;
import se.valedger.testing.IntegrationTest;

/** Issue 18: a refused row names every reason it was refused for, not only the first; it still counts once. */
@IntegrationTest
class EveryErrorOfARowTest {

    @LocalServerPort
    int port;

    static List<String> fieldsOnLine(JsonNode report, int line) {
        List<String> fields = new ArrayList<>();
        report.get("errors").forEach(e -> {
            if (e.get("line").asInt() == line) {
                fields.add(e.get("field").asText());
            }
        });
        return fields;
    }

    @Test
    void aPipesCsvRowWithAnUnknownKindAnUnknownMaterialAndNoLengthReportsAllThree() {
        Api admin = Api.at(port, "admin", "admin-password");
        String csv = """
                id,networkKind,material,diameterMm,lengthM,installationYear
                ER-1,spillvatten,PVC,225,60.5,1990
                ER-2,grey water,wood,225,,1990
                ER-3,dagvatten,betong,300,12.0,1975
                """;

        JsonNode report = admin.post("/api/imports/pipes-csv", "text/csv", csv.getBytes(StandardCharsets.UTF_8)).json();

        assertThat(report.get("rowsRead").asInt()).as(report.toString()).isEqualTo(3);
        assertThat(report.get("accepted").asInt()).isEqualTo(2);
        assertThat(report.get("rejected").asInt()).isEqualTo(1);
        assertThat(fieldsOnLine(report, 3)).containsExactlyInAnyOrder("lengthM", "networkKind", "material");
    }

    @Test
    void anInspectionWithTwoBrokenObservationsReportsBoth() {
        Api admin = Api.at(port, "admin", "admin-password");
        String run = En13508RunsAndHeadersTest.block("1", "6", "A", "", "A", "AE", "23.5",
                "3.4,,BAB,A,A,1,15,,A,,,", "5.0,,BAB,A,A,1,12,13,A,,,");
        byte[] file = En13508RunsAndHeadersTest.file("de", run);

        JsonNode report = admin.post("/api/imports/en13508?registerPipes=true&idPrefix=TWO-", "text/plain", file).json();

        assertThat(report.get("rejected").asInt()).as(report.toString()).isEqualTo(1);
        assertThat(report.get("errors")).hasSize(2);
        assertThat(report.at("/errors/0/field").asText()).isEqualTo("G");
        assertThat(report.at("/errors/1/field").asText()).isEqualTo("H");
    }
}
