package se.valedger.app.imports;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import se.valedger.testing.Api;
import se.valedger.testing.IntegrationTest;
import se.valedger.testing.SharedData;

/**
 * Issue 18 on EPANET models ({@code ../shared/data/epanet/}): the charset applies to the .inp, the pipe's status is
 * kept, and what the model does not say (material, year) is marked assumed on the pipe and in the report.
 */
@IntegrationTest
class EpanetStatusCharsetAndAssumedTest {

    @LocalServerPort
    int port;
    @Autowired
    JdbcTemplate jdbc;
    Api admin;

    @BeforeEach
    void signIn() {
        admin = Api.at(port, "admin", "admin-password");
    }

    void awaitRegister() {
        long last = jdbc.queryForObject("SELECT coalesce(max(global_index), -1) FROM event_store.domain_event", Long.class);
        assertThat(admin.get("/api/pipes?size=1&minPosition=" + last).header("X-Projection-Behind")).isNull();
    }

    /** Net3 saved on Windows in ISO-8859-1, with a Swedish comment on the given line (1-based). */
    static byte[] net3Latin1WithCommentOn(int line) throws IOException {
        List<String> lines = new ArrayList<>(Files.readAllLines(SharedData.file("epanet/Net3.inp")));
        lines.add(line - 1, ";Göviken, Östersund: ändrad av VA-avdelningen");
        return (String.join("\r\n", lines) + "\r\n").getBytes(StandardCharsets.ISO_8859_1);
    }

    @Test
    void aWindowsSavedLatin1ModelImportsWithItsCharsetAndWithoutItTheRefusalNamesTheRightLine() throws IOException {
        byte[] model = net3Latin1WithCommentOn(400);

        var without = Uploads.upload(admin, "/api/imports/epanet?idPrefix=L1-", "Net3.inp", model);
        assertThat(without.status()).as(without.body()).isEqualTo(400);
        assertThat(without.json().get("line").asInt()).isEqualTo(400);
        assertThat(without.json().get("detail").asText()).contains("charset");

        var with = Uploads.upload(admin, "/api/imports/epanet?idPrefix=L1-&charset=ISO-8859-1", "Net3.inp", model);
        assertThat(with.status()).as(with.body()).isEqualTo(200);
        assertThat(with.json().get("created").asInt()).isEqualTo(EpanetImportTest.expected(SharedData.file(
                "epanet/Net3.inp")).pipes());
    }

    @Test
    void aPipesStatusClosedOrCheckValveIsKeptInTheRegister() throws IOException {
        // Net6 has one CV pipe among 3,829 (counted with awk over [PIPES] column 8); Net1 is given a closed pipe here.
        String net1 = Files.readString(SharedData.file("epanet/Net1.inp"));
        String changed = net1.replaceFirst("(\\n 12\\s+12\\s+13\\s+5280\\s+10\\s+100\\s+0\\s+)Open", "$1Closed")
                .replaceFirst("(\\n 21\\s+21\\s+22\\s+5280\\s+10\\s+100\\s+0\\s+)Open", "$1CV");
        assertThat(changed).isNotEqualTo(net1);

        var response = Uploads.upload(admin, "/api/imports/epanet?idPrefix=ST-", "Net1.inp",
                changed.getBytes(StandardCharsets.UTF_8));
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        awaitRegister();

        assertThat(admin.get("/api/pipes/ST-12").json().get("hydraulicStatus").asText()).isEqualTo("CLOSED");
        assertThat(admin.get("/api/pipes/ST-21").json().get("hydraulicStatus").asText()).isEqualTo("CV");
        assertThat(admin.get("/api/pipes/ST-10").json().get("hydraulicStatus").asText()).isEqualTo("OPEN");
        assertThat(jdbc.queryForObject("SELECT count(*) FROM register.pipe WHERE pipe_id LIKE 'ST-%' AND "
                + "hydraulic_status = 'OPEN'", Long.class)).isEqualTo(10);

        // Opening the valve in the model and importing again corrects the status, nothing else.
        var again = Uploads.upload(admin, "/api/imports/epanet?idPrefix=ST-", "Net1.inp",
                changed.replaceFirst("(\\n 21\\s+21\\s+22\\s+5280\\s+10\\s+100\\s+0\\s+)CV", "$1Open")
                        .getBytes(StandardCharsets.UTF_8));
        assertThat(again.json().get("corrected").asInt()).as(again.body()).isEqualTo(1);
        awaitRegister();
        assertThat(admin.get("/api/pipes/ST-21").json().get("hydraulicStatus").asText()).isEqualTo("OPEN");
    }

    @Test
    void aStatusAPipeCannotHaveRejectsThatRowNamingTheField() throws IOException {
        String net1 = Files.readString(SharedData.file("epanet/Net1.inp"));
        String bad = net1.replaceFirst("(\\n 12\\s+12\\s+13\\s+5280\\s+10\\s+100\\s+0\\s+)Open", "$1Half");

        JsonNode report = Uploads.upload(admin, "/api/imports/epanet?idPrefix=BADST-", "Net1.inp",
                bad.getBytes(StandardCharsets.UTF_8)).json();

        assertThat(report.get("rejected").asInt()).as(report.toString()).isEqualTo(1);
        assertThat(report.at("/errors/0/field").asText()).isEqualTo("status");
        assertThat(report.at("/errors/0/reason").asText()).contains("HALF");
    }

    @Test
    void materialAndYearTheModelDoesNotGiveAreMarkedAssumedOnThePipeAndPerRowUntilSomeoneStatesThem()
            throws IOException {
        byte[] model = Files.readAllBytes(SharedData.file("epanet/Net1.inp"));
        byte[] attributes = "ledningsid;material;anläggningsår\n10;segjärn;1968\n11;PVC;\n".getBytes(StandardCharsets.UTF_8);

        JsonNode report = Uploads.upload(admin, "/api/imports/epanet?idPrefix=AS-",
                Map.of("file", Map.entry("Net1.inp", model), "attributes", Map.entry("attr.csv", attributes))).json();

        assertThat(report.get("created").asInt()).as(report.toString()).isEqualTo(12);
        long materialNotes = 0;
        long yearNotes = 0;
        for (JsonNode note : report.get("notes")) {
            materialNotes += note.get("field").asText().equals("material") ? 1 : 0;
            yearNotes += note.get("field").asText().equals("installationYear") ? 1 : 0;
        }
        assertThat(materialNotes).isEqualTo(10);
        assertThat(yearNotes).isEqualTo(11);
        awaitRegister();
        assertThat(admin.get("/api/pipes/AS-10").json().get("assumed")).isEmpty();
        assertThat(admin.get("/api/pipes/AS-11").json().get("assumed").toString()).isEqualTo("[\"installationYear\"]");
        assertThat(admin.get("/api/pipes/AS-12").json().get("assumed").toString())
                .isEqualTo("[\"material\",\"installationYear\"]");

        var correction = admin.post("/api/pipes/AS-12/corrections", """
                {"material":"GREY_CAST_IRON","reason":"found in the 1962 drawings"}""");
        assertThat(correction.status()).as(correction.body()).isLessThan(300);
        awaitRegister();
        assertThat(admin.get("/api/pipes/AS-12").json().get("assumed").toString()).isEqualTo("[\"installationYear\"]");
        assertThat(admin.get("/api/pipes/AS-12?asOf=2999-01-01T00:00:00Z").json().toString())
                .contains("\"assumed\":[\"installationYear\"]");

        var renewal = admin.post("/api/pipes/AS-12/renewals", """
                {"material":"PE","year":2025,"method":"RELINING"}""");
        assertThat(renewal.status()).as(renewal.body()).isLessThan(300);
        awaitRegister();
        assertThat(admin.get("/api/pipes/AS-12").json().get("assumed")).isEmpty();
    }
}
