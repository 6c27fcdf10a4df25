package se.valedger.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import se.valedger.testing.Api;
import se.valedger.testing.IntegrationTest;

/**
 * Broken and hostile requests, one row each: every one is answered with a 4xx problem detail that
 * says what is wrong (naming the field where there is one), never a 500, and nothing is stored.
 * New endpoints join by adding rows to {@link #cases()}.
 */
@IntegrationTest
class HostileInputTest {

    static final String PIPE = "/api/pipes";
    static final String INSPECTIONS = "/api/pipes/HOSTILE-1/inspections";
    static final String JSON = "application/json";
    static final String VALID_PIPE = IdempotencyTest.PIPE.formatted("HOSTILE-NEW");
    static final String VALID_INSPECTION = IdempotencyTest.INSPECTION.formatted("ok");

    /** One hostile request and what the answer must say: a field name, or a fragment of the detail. */
    record Case(String name, String path, String contentType, byte[] body, int status, String field, String detail) {
        @Override
        public String toString() {
            return name;
        }
    }

    static Case json(String name, String path, String body, int status, String field, String detail) {
        return new Case(name, path, JSON, body.getBytes(StandardCharsets.UTF_8), status, field, detail);
    }

    static Stream<Case> cases() {
        byte[] latin1 = VALID_PIPE.replace("Lugnvik", "Östersund").getBytes(StandardCharsets.ISO_8859_1);
        String huge = VALID_PIPE.replace("\"Lugnvik\"", "\"" + "x".repeat(2_000_000) + "\"");
        return Stream.of(
                json("malformed JSON", PIPE, "{\"id\": \"VA-1\", ", 400, null, "not valid JSON"),
                json("truncated body", PIPE, VALID_PIPE.substring(0, VALID_PIPE.length() / 2), 400, null, "JSON"),
                json("empty body", PIPE, "", 400, null, "body"),
                json("a JSON array instead of an object", PIPE, "[1,2,3]", 400, null, ""),
                json("JSON null", PIPE, "null", 400, null, ""),
                json("text for a number", PIPE, VALID_PIPE.replace("\"diameterMm\":200", "\"diameterMm\":\"wide\""), 400, "diameterMm", "whole number"),
                json("a fraction for a whole number", PIPE, VALID_PIPE.replace("1990", "1990.5"), 400, "installationYear", ""),
                json("a number too large", PIPE, VALID_PIPE.replace("\"diameterMm\":200", "\"diameterMm\":99999999999999999999"), 400, "diameterMm", ""),
                json("an object for text", PIPE, VALID_PIPE.replace("\"Lugnvik\"", "{\"a\":1}"), 400, "district", ""),
                json("unknown network kind", PIPE, VALID_PIPE.replace("WASTEWATER", "LAVA"), 400, "networkKind", "DRINKING_WATER"),
                json("unknown material", PIPE, VALID_PIPE.replace("PVC", "pvc"), 400, "material", "PVC"),
                json("unknown field", PIPE, VALID_PIPE.replace("\"district\"", "\"distrikt\""), 400, "distrikt", "unknown field"),
                json("deeply nested JSON", PIPE, "[".repeat(5000) + "]".repeat(5000), 400, null, ""),
                json("body over the limit", PIPE, huge, 413, null, "larger than"),
                new Case("not UTF-8 (Latin-1 bytes)", PIPE, JSON, latin1, 400, null, "UTF-8"),
                new Case("text/plain", PIPE, "text/plain", VALID_PIPE.getBytes(StandardCharsets.UTF_8), 415, null, "text/plain"),
                new Case("XML", PIPE, "application/xml", "<pipe id='x'/>".getBytes(StandardCharsets.UTF_8), 415, null, "application/xml"),
                new Case("form post", PIPE, "application/x-www-form-urlencoded", "id=x".getBytes(StandardCharsets.UTF_8), 415, null, ""),
                json("unknown inspection method", INSPECTIONS, VALID_INSPECTION.replace("CCTV", "DRONE"), 400, "method", "CCTV"),
                json("text for a grade", INSPECTIONS, VALID_INSPECTION.replace("\"grade\":2", "\"grade\":\"bad\""), 400, "grade", ""),
                json("an impossible date", INSPECTIONS, VALID_INSPECTION.replace("2026-10-01", "2026-02-30"), 400, "date", ""),
                json("malformed inspection", INSPECTIONS, "{\"date\":", 400, null, "not valid JSON"),
                // text that no store can hold (issue 14, item 2a): JSON escapes, so the bytes on the wire are plain ASCII
                json("a NUL in a text field", PIPE, VALID_PIPE.replace("Lugnvik", "Lug\\u0000nvik"), 400, "district", "U+0000"),
                json("a control character in a text field", PIPE, VALID_PIPE.replace("Lugnvik", "\\u001bLugnvik"), 400, "district",
                        "U+001B"),
                json("a lone surrogate as id", PIPE, IdempotencyTest.PIPE.formatted("HOSTILE-\\uD800"), 400, "id", "U+D800"),
                json("a non-character in findings", INSPECTIONS, VALID_INSPECTION.replace("\"ok\"", "\"ok \\uFFFF\""), 400,
                        "findings", "U+FFFF"),
                json("a NUL in the inspector", INSPECTIONS, VALID_INSPECTION.replace("I. Dem", "I.\\u0000Dem"), 400, "inspector",
                        "at position 3"),
                // strict JSON
                json("a key twice", PIPE, VALID_PIPE.replace("{\"id\"", "{\"district\":\"Other\",\"id\""), 400, "district", "twice"),
                json("garbage after the object", PIPE, VALID_PIPE + " x", 400, null, "not valid JSON"),
                json("a number after the object", PIPE, VALID_PIPE + " 42", 400, null, "more follows"),
                json("two objects one after the other", PIPE, VALID_PIPE + VALID_PIPE, 400, null, "more follows"),
                // ids a client chooses (one alphabet)
                json("an id with '..'", PIPE, IdempotencyTest.PIPE.formatted(".."), 400, "id", ""),
                json("an id with ? # ;", PIPE, IdempotencyTest.PIPE.formatted("a?b#c;d"), 400, "id", "U+003F"),
                json("an id with %", PIPE, IdempotencyTest.PIPE.formatted("%2e%2e"), 400, "id", "U+0025"),
                json("an id with a space", PIPE, IdempotencyTest.PIPE.formatted("VA 1"), 400, "id", "U+0020"),
                json("an id not in NFC", PIPE, IdempotencyTest.PIPE.formatted("A\\u030Are-1"), 400, "id", "NFC"),
                json("an id with a bidi override", PIPE, IdempotencyTest.PIPE.formatted("VA\\u202E1"), 400, "id", "U+202E"),
                json("an id with a zero-width space", PIPE, IdempotencyTest.PIPE.formatted("VA\\u200B1"), 400, "id", "U+200B"),
                // implausible values
                json("a length below 1 mm", PIPE, VALID_PIPE.replace("80.0", "0.0005"), 400, "lengthM", "0.001"),
                json("coordinates outside SWEREF 99 TM's area of use", PIPE, VALID_PIPE.replace("\"consequenceClass\":2",
                        "\"consequenceClass\":2,\"geometry\":{\"crs\":\"EPSG:3006\",\"coordinates\":[[49200.0,699500.0],[49300.0,699600.0]]}"),
                        400, "geometry.coordinates", "EPSG:3006"),
                json("an inspection before 1850", INSPECTIONS, VALID_INSPECTION.replace("2026-10-01", "1849-12-31"), 400, "date", "1850"),
                json("an inspection before the pipe was laid", INSPECTIONS, VALID_INSPECTION.replace("2026-10-01", "1985-06-01"), 400,
                        "date", "1990"),
                json("inspection over the limit", INSPECTIONS, VALID_INSPECTION.replace("\"ok\"", "\"" + "y".repeat(1_100_000) + "\""), 413, null, ""));
    }

    @LocalServerPort
    int port;
    @Autowired
    JdbcTemplate jdbc;
    Api admin;

    @BeforeEach
    void aPipeToInspect() {
        admin = Api.at(port, "admin", "admin-password");
        if (admin.get("/api/pipes/HOSTILE-1").status() == 404) {
            admin.post(PIPE, IdempotencyTest.PIPE.formatted("HOSTILE-1"));
        }
    }

    long events() {
        return jdbc.queryForObject("SELECT count(*) FROM event_store.domain_event", Long.class);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void isAnswered4xxProblemNamingWhatIsWrongAndStoresNothing(Case hostile) {
        long before = events();
        Api.Response response = admin.send("POST", hostile.path(), hostile.contentType(), hostile.body());

        assertThat(response.status()).as(response.body()).isEqualTo(hostile.status());
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(response.json().get("detail").asText()).isNotBlank().contains(hostile.detail());
        if (hostile.field() != null) {
            assertThat(response.json().get("field").asText()).isEqualTo(hostile.field());
        }
        assertThat(events()).isEqualTo(before);
    }

    @Test
    void aChunkedBodyOverTheLimitIsRefused413() {
        long before = events();
        byte[] big = ("{\"id\":\"" + "z".repeat(1_500_000) + "\"}").getBytes(StandardCharsets.UTF_8);
        Api.Response response = admin.sendChunked(PIPE, JSON, big);
        assertThat(response.status()).isEqualTo(413);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(events()).isEqualTo(before);
    }

    @Test
    void injectionStringsAreStoredVerbatimAndComeBackAsPlainJsonText() {
        String district = "'; DROP TABLE register.pipe; -- \" \\ <script>alert('x')</script> Åre ☃";
        String findings = "Robert'); DELETE FROM event_store.domain_event;-- <img src=x onerror=alert(1)>";
        String body = IdempotencyTest.PIPE.formatted("HOSTILE-INJ").replace("\"Lugnvik\"", quote(district));
        var registered = admin.post(PIPE, body);
        assertThat(registered.status()).as(registered.body()).isEqualTo(201);
        var inspected = admin.post("/api/pipes/HOSTILE-INJ/inspections",
                IdempotencyTest.INSPECTION.formatted("x").replace("\"x\"", quote(findings)));
        assertThat(inspected.status()).as(inspected.body()).isEqualTo(202);

        var read = admin.get("/api/pipes/HOSTILE-INJ?minPosition=" + inspected.header("X-Event-Position"));
        assertThat(read.contentType()).startsWith("application/json");
        assertThat(read.header("X-Content-Type-Options")).isEqualTo("nosniff");
        assertThat(read.json().get("district").asText()).isEqualTo(district);
        assertThat(jdbc.queryForObject("SELECT count(*) FROM register.pipe", Long.class)).isPositive();
        String storedFindings = new Recount(jdbc).inspectionIdOf(findings);
        assertThat(storedFindings).isEqualTo(inspected.json().get("inspectionId").asText());
        var search = admin.get("/api/pipes?idPrefix=" + java.net.URLEncoder.encode("%' OR '1'='1", StandardCharsets.UTF_8));
        assertThat(search.status()).isEqualTo(200);
        assertThat(search.json().get("total").asLong()).isZero();
    }

    static String quote(String text) {
        try {
            return new com.fasterxml.jackson.databind.ObjectMapper().writeValueAsString(text);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

}
