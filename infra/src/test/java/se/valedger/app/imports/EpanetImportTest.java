package se.valedger.app.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import se.valedger.app.users.Role;
import se.valedger.app.users.UserAccounts;
import se.valedger.testing.Api;
import se.valedger.testing.IntegrationTest;
import se.valedger.testing.SharedData;

@IntegrationTest
class EpanetImportTest {

    @LocalServerPort
    int port;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    UserAccounts accounts;

    Api admin;

    @BeforeEach
    void signIn() {
        admin = Api.at(port, "admin", "admin-password");
    }

    long events() {
        return jdbc.queryForObject("SELECT count(*) FROM event_store.domain_event", Long.class);
    }

    /** Pipe count and total length in metres, read from the file by a deliberately separate, naive parse. */
    record Expected(int pipes, double metres) {
    }

    static Expected expected(Path file) throws IOException {
        boolean inPipes = false;
        boolean feet = true;
        int pipes = 0;
        double length = 0;
        for (String raw : Files.readAllLines(file)) {
            String line = raw.trim();
            if (line.startsWith("[")) {
                inPipes = line.toUpperCase().startsWith("[PIPES]");
                continue;
            }
            if (line.toUpperCase().matches("UNITS\\s+(LPS|LPM|MLD|CMH|CMD|CMS).*")) {
                feet = false;
            }
            if (inPipes && !line.isEmpty() && !line.startsWith(";")) {
                pipes++;
                length += Double.parseDouble(line.split("\\s+")[3]);
            }
        }
        return new Expected(pipes, feet ? length * 0.3048 : length);
    }

    Api.Response importFile(String name, String prefix) throws IOException {
        return Uploads.upload(admin, "/api/imports/epanet?idPrefix=" + prefix, name,
                Files.readAllBytes(SharedData.file("epanet/" + name)));
    }

    void awaitRegister() {
        long last = jdbc.queryForObject("SELECT coalesce(max(global_index), -1) FROM event_store.domain_event", Long.class);
        var answer = admin.get("/api/pipes?size=1&minPosition=" + last);
        assertThat(answer.header("X-Projection-Behind")).isNull();
    }

    @Test
    void theFiveEpanetFilesImportWithThePipeCountsAndTotalLengthsOfTheFiles() throws IOException {
        StringBuilder rates = new StringBuilder();
        for (String name : List.of("Net1.inp", "Net3.inp", "ky4.inp", "ky10.inp", "Net6.inp")) {
            Expected expected = expected(SharedData.file("epanet/" + name));
            String prefix = name.replace(".inp", "") + "-";
            long started = System.nanoTime();
            var response = importFile(name, prefix);
            double seconds = (System.nanoTime() - started) / 1e9;
            assertThat(response.status()).as(response.body()).isEqualTo(200);
            JsonNode report = response.json();
            assertThat(report.get("kind").asText()).isEqualTo("epanet");
            assertThat(report.get("rowsRead").asInt()).as(name).isEqualTo(expected.pipes());
            assertThat(report.get("created").asInt()).as(name + " " + report).isEqualTo(expected.pipes());
            assertThat(report.get("rejected").asInt()).isZero();
            assertThat(report.get("errors")).isEmpty();
            rates.append(String.format("%s: %d pipes in %.2f s = %.0f pipes/s%n", name, expected.pipes(), seconds,
                    expected.pipes() / seconds));

            awaitRegister();
            Map<String, Object> stored = jdbc.queryForMap("SELECT count(*) AS n, sum(length_m) AS m FROM register.pipe "
                    + "WHERE pipe_id LIKE ?", prefix + "%");
            assertThat(((Number) stored.get("n")).intValue()).as(name).isEqualTo(expected.pipes());
            assertThat(((Number) stored.get("m")).doubleValue()).as(name).isCloseTo(expected.metres(), within(1e-6));
        }
        // a second import of the big files changes nothing
        for (String name : List.of("ky10.inp", "Net6.inp")) {
            Expected expected = expected(SharedData.file("epanet/" + name));
            long before = events();
            long started = System.nanoTime();
            JsonNode again = importFile(name, name.replace(".inp", "") + "-").json();
            double seconds = (System.nanoTime() - started) / 1e9;
            assertThat(again.get("unchanged").asInt()).as(again.toString()).isEqualTo(expected.pipes());
            assertThat(events()).isEqualTo(before);
            rates.append(String.format("%s re-import: %d unchanged in %.2f s = %.0f pipes/s%n", name, expected.pipes(),
                    seconds, expected.pipes() / seconds));
        }

        // the aging overview adds up to the imported network
        long last = jdbc.queryForObject("SELECT max(global_index) FROM event_store.domain_event", Long.class);
        JsonNode aging = admin.get("/api/network/aging?minPosition=" + last).json();
        Map<String, Object> register = jdbc.queryForMap("SELECT count(*) AS n, sum(length_m) AS m FROM register.pipe "
                + "WHERE network_kind = 'DRINKING_WATER' AND status = 'IN_SERVICE'");
        JsonNode water = aging.get("totals").get(0);
        assertThat(water.get("pipes").asLong()).isEqualTo(((Number) register.get("n")).longValue());
        assertThat(water.get("km").asDouble()).isCloseTo(((Number) register.get("m")).doubleValue() / 1000, within(1e-6));
        double rowsKm = 0;
        for (JsonNode row : aging.get("rows")) {
            rowsKm += row.get("km").asDouble();
        }
        assertThat(rowsKm).isCloseTo(water.get("km").asDouble(), within(1e-6));
        System.out.print("EPANET import rates (first import, 4 dispatch threads):\n" + rates);
        Files.writeString(Path.of("target", "epanet-import-rates.txt"), rates);
    }

    @Test
    void reImportingTheSameFileChangesNothing() throws IOException {
        assertThat(importFile("Net3.inp", "AGAIN-").json().get("created").asInt()).isEqualTo(117);
        long before = events();
        long started = System.nanoTime();
        JsonNode again = importFile("Net3.inp", "AGAIN-").json();
        System.out.printf("Net3 re-import: 117 unchanged pipes in %.2f s%n", (System.nanoTime() - started) / 1e9);
        assertThat(again.get("unchanged").asInt()).isEqualTo(117);
        assertThat(again.get("created").asInt()).isZero();
        assertThat(again.get("corrected").asInt()).isZero();
        assertThat(events()).isEqualTo(before);
    }

    @Test
    void aChangedFileYieldsCorrectionsOfTheChangedPipesOnly() throws IOException {
        byte[] original = Files.readAllBytes(SharedData.file("epanet/Net1.inp"));
        assertThat(Uploads.upload(admin, "/api/imports/epanet?idPrefix=CH-", "Net1.inp", original).json()
                .get("created").asInt()).isEqualTo(12);
        String changed = new String(original, StandardCharsets.UTF_8)
                .replaceFirst("(?m)^ 10(\\s+)10(\\s+)11(\\s+)10530", " 10$110$211$310600")
                .replaceFirst("(?m)^ 11(\\s+)11(\\s+)12(\\s+)5280(\\s+)14", " 11$111$212$35280$416");
        long before = events();
        JsonNode report = Uploads.upload(admin, "/api/imports/epanet?idPrefix=CH-", "Net1-v2.inp",
                changed.getBytes(StandardCharsets.UTF_8)).json();
        assertThat(report.get("corrected").asInt()).as(report.toString()).isEqualTo(2);
        assertThat(report.get("unchanged").asInt()).isEqualTo(10);
        assertThat(events()).isEqualTo(before + 2);
        JsonNode history = admin.get("/api/pipes/CH-10/history").json();
        assertThat(history.get(1).get("type").asText()).isEqualTo("PipeCorrected");
        assertThat(history.get(1).at("/payload/changes/0/field").asText()).isEqualTo("lengthM");
        assertThat(history.get(1).at("/payload/changes/0/newValue").asDouble()).isCloseTo(10600 * 0.3048, within(1e-9));
        assertThat(history.get(1).at("/payload/reason").asText()).isEqualTo("import epanet Net1-v2.inp");
        assertThat(history.get(1).get("user").asText()).isEqualTo("admin");
    }

    @Test
    void anAttributeFileGivesMaterialAndYearAndOtherPipesStayUnknown() throws IOException {
        byte[] model = Files.readAllBytes(SharedData.file("epanet/Net1.inp"));
        byte[] attributes = "ledningsid;material;anläggningsår\n10;segjärn;1968\n11;PVC;1985\n"
                .getBytes(StandardCharsets.UTF_8);
        var response = Uploads.upload(admin, "/api/imports/epanet?idPrefix=AT-&defaultInstallationYear=1960",
                Map.of("file", Map.entry("Net1.inp", model), "attributes", Map.entry("attr.csv", attributes)));
        assertThat(response.json().get("created").asInt()).as(response.body()).isEqualTo(12);
        awaitRegister();
        assertThat(admin.get("/api/pipes/AT-10").json().get("material").asText()).isEqualTo("DUCTILE_IRON");
        assertThat(admin.get("/api/pipes/AT-10").json().get("installationYear").asInt()).isEqualTo(1968);
        assertThat(admin.get("/api/pipes/AT-11").json().get("material").asText()).isEqualTo("PVC");
        JsonNode plain = admin.get("/api/pipes/AT-12").json();
        assertThat(plain.get("material").asText()).isEqualTo("UNKNOWN");
        assertThat(plain.get("installationYear").asInt()).isEqualTo(1960);
        assertThat(plain.get("diameterMm").asInt()).isEqualTo(254);
        assertThat(plain.at("/geometry/coordinates/0/0").asDouble()).isEqualTo(50.0);
        assertThat(plain.at("/geometry/crs").asText()).isEqualTo("EPANET");
    }

    @Test
    void theRawBodyIsAcceptedToo() throws IOException {
        var response = admin.post("/api/imports/epanet?idPrefix=RAW-&fileName=Net1.inp", "text/plain",
                Files.readAllBytes(SharedData.file("epanet/Net1.inp")));
        assertThat(response.json().get("created").asInt()).as(response.body()).isEqualTo(12);
    }

    String net1() throws IOException {
        return Files.readString(SharedData.file("epanet/Net1.inp"));
    }

    void assertRefusedWhole(String file, int line, String words) {
        long before = events();
        var response = Uploads.upload(admin, "/api/imports/epanet?idPrefix=BAD-", "bad.inp",
                file.getBytes(StandardCharsets.UTF_8));
        assertThat(response.status()).as(response.body()).isEqualTo(400);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(response.json().get("line").asInt()).isEqualTo(line);
        assertThat(response.json().get("detail").asText()).contains(words);
        assertThat(events()).isEqualTo(before);
    }

    @Test
    void aTruncatedFileIsRefusedWholeWithTheLine() throws IOException {
        List<String> lines = net1().lines().toList();
        // cut in the middle of the [PIPES] row on line 31
        String truncatedMidRow = String.join("\n", lines.subList(0, 30)) + "\n" + lines.get(30).substring(0, 40);
        assertRefusedWhole(truncatedMidRow, 31, "cut off");
        String truncatedAtLineEnd = String.join("\n", lines.subList(0, 150)) + "\n";
        assertRefusedWhole(truncatedAtLineEnd, 150, "truncated");
    }

    @Test
    void aWrongSectionIsRefusedWholeWithTheLine() throws IOException {
        assertRefusedWhole(net1().replace("[PUMPS]", "[PUMPZ]"), 41, "unknown section [PUMPZ]");
        assertRefusedWhole("id,material\n1,PVC\n", 1, "not an EPANET");
    }

    @Test
    void aNonNumericLengthIsRefusedWholeWithTheLine() throws IOException {
        assertRefusedWhole(net1().replace("5280        \t6 ", "52x0        \t6 "), 33, "length '52x0' is not a number");
    }

    @Test
    void aRowWithAnImplausibleValueIsRejectedWithItsLineWhileTheOthersImport() throws IOException {
        String file = net1().replaceFirst("(?m)^ 12(\\s+)12(\\s+)13(\\s+)5280", " 12$112$213$30");
        JsonNode report = Uploads.upload(admin, "/api/imports/epanet?idPrefix=ROW-", "Net1.inp",
                file.getBytes(StandardCharsets.UTF_8)).json();
        assertThat(report.get("rowsRead").asInt()).isEqualTo(12);
        assertThat(report.get("accepted").asInt()).isEqualTo(11);
        assertThat(report.get("rejected").asInt()).isEqualTo(1);
        assertThat(report.at("/errors/0/line").asInt()).isEqualTo(30);
        assertThat(report.at("/errors/0/field").asText()).isEqualTo("lengthM");
        assertThat(admin.get("/api/pipes/ROW-12/history").status()).isEqualTo(404);
    }

    @Test
    void aMistypedParameterIsRefusedNamingIt() throws IOException {
        long before = events();
        var response = Uploads.upload(admin, "/api/imports/epanet?idprefix=X-", "Net1.inp",
                Files.readAllBytes(SharedData.file("epanet/Net1.inp")));
        assertThat(response.status()).isEqualTo(400);
        assertThat(response.json().get("field").asText()).isEqualTo("idprefix");
        assertThat(events()).isEqualTo(before);
    }

    @Test
    void onlyAnAdministratorMayImport() throws IOException {
        accounts.create("erik", "engineer-password", EnumSet.of(Role.ENGINEER));
        long before = events();
        var refused = Uploads.upload(Api.at(port, "erik", "engineer-password"), "/api/imports/epanet", "Net1.inp",
                Files.readAllBytes(SharedData.file("epanet/Net1.inp")));
        assertThat(refused.status()).isEqualTo(403);
        assertThat(events()).isEqualTo(before);
    }
}
