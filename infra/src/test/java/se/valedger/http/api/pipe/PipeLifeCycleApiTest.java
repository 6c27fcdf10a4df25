package se.valedger.http.api.pipe;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import se.valedger.testing.Api;
import se.valedger.testing.IntegrationTest;

@IntegrationTest
class PipeLifeCycleApiTest {

    @LocalServerPort
    int port;
    @Autowired
    JdbcTemplate jdbc;

    Api admin;

    @BeforeEach
    void signIn() {
        admin = Api.at(port, "admin", "admin-password");
    }

    long events() {
        return jdbc.queryForObject("SELECT count(*) FROM event_store.domain_event", Long.class);
    }

    void register(String id) {
        var response = admin.post("/api/pipes", PipeApiTest.pipe(id).json());
        assertThat(response.status()).as(response.body()).isEqualTo(201);
    }

    @Test
    void historyAndAsOfAreRightAfterACorrectionAndARenewal() {
        register("LC-1");
        var corrected = admin.post("/api/pipes/LC-1/corrections", """
                {"diameterMm":160,"installationYear":1976,"reason":"as-built drawing found"}""");
        assertThat(corrected.status()).as(corrected.body()).isEqualTo(202);
        var renewed = admin.post("/api/pipes/LC-1/renewals", """
                {"material":"PE","year":2025,"method":"RELINING","costSek":850000}""");
        assertThat(renewed.status()).as(renewed.body()).isEqualTo(202);

        JsonNode history = admin.get("/api/pipes/LC-1/history").json();
        assertThat(history).hasSize(3);
        assertThat(history.get(0).get("type").asText()).isEqualTo("PipeRegistered");
        assertThat(history.get(1).get("type").asText()).isEqualTo("PipeCorrected");
        assertThat(history.get(2).get("type").asText()).isEqualTo("PipeRenewed");
        assertThat(history.get(1).get("user").asText()).isEqualTo("admin");
        assertThat(history.get(1).get("sequence").asLong()).isEqualTo(1);
        assertThat(history.get(2).get("position").asLong())
                .isEqualTo(Long.parseLong(renewed.header("X-Event-Position")));
        JsonNode changes = history.get(1).at("/payload/changes");
        assertThat(changes).hasSize(2);
        assertThat(changes.get(0).get("field").asText()).isEqualTo("diameterMm");
        assertThat(changes.get(0).get("oldValue").asInt()).isEqualTo(150);
        assertThat(changes.get(0).get("newValue").asInt()).isEqualTo(160);
        assertThat(history.get(1).at("/payload/reason").asText()).isEqualTo("as-built drawing found");
        assertThat(history.get(2).at("/payload/costSek").asLong()).isEqualTo(850000);

        Instant registeredAt = Instant.parse(history.get(0).get("time").asText());
        Instant correctedAt = Instant.parse(history.get(1).get("time").asText());
        Instant renewedAt = Instant.parse(history.get(2).get("time").asText());

        JsonNode original = admin.get("/api/pipes/LC-1?asOf=" + registeredAt).json();
        assertThat(original.get("diameterMm").asInt()).isEqualTo(150);
        assertThat(original.get("installationYear").asInt()).isEqualTo(1974);
        assertThat(original.get("material").asText()).isEqualTo("DUCTILE_IRON");

        JsonNode afterCorrection = admin.get("/api/pipes/LC-1?asOf=" + correctedAt).json();
        assertThat(afterCorrection.get("diameterMm").asInt()).isEqualTo(160);
        assertThat(afterCorrection.get("installationYear").asInt()).isEqualTo(1976);
        assertThat(afterCorrection.get("material").asText()).isEqualTo("DUCTILE_IRON");
        assertThat(afterCorrection.get("sequence").asLong()).isEqualTo(1);

        JsonNode afterRenewal = admin.get("/api/pipes/LC-1?asOf=" + renewedAt).json();
        assertThat(afterRenewal.get("material").asText()).isEqualTo("PE");
        assertThat(afterRenewal.get("installationYear").asInt()).isEqualTo(2025);
        assertThat(afterRenewal.get("renewedYear").asInt()).isEqualTo(2025);
        assertThat(afterRenewal.get("renewalMethod").asText()).isEqualTo("RELINING");
        assertThat(afterRenewal.get("diameterMm").asInt()).isEqualTo(160);

        assertThat(admin.get("/api/pipes/LC-1?asOf=" + registeredAt.minusSeconds(1)).status()).isEqualTo(404);

        JsonNode now = admin.get("/api/pipes/LC-1?minPosition=" + renewed.header("X-Event-Position")).json();
        assertThat(now.get("material").asText()).isEqualTo("PE");
        assertThat(now.get("renewedYear").asInt()).isEqualTo(2025);
        assertThat(now.get("status").asText()).isEqualTo("IN_SERVICE");
    }

    @Test
    void aDecommissionedPipeStaysInTheRegisterAndRefusesFurtherChanges() {
        register("LC-2");
        var gone = admin.post("/api/pipes/LC-2/decommission", """
                {"reason":"replaced by LC-3","date":"2026-01-15"}""");
        assertThat(gone.status()).as(gone.body()).isEqualTo(202);
        JsonNode pipe = admin.get("/api/pipes/LC-2?minPosition=" + gone.header("X-Event-Position")).json();
        assertThat(pipe.get("status").asText()).isEqualTo("DECOMMISSIONED");
        assertThat(pipe.get("decommissionedOn").asText()).isEqualTo("2026-01-15");

        long before = events();
        var correction = admin.post("/api/pipes/LC-2/corrections", """
                {"diameterMm":200,"reason":"late fix"}""");
        assertThat(correction.status()).isEqualTo(409);
        assertThat(correction.json().get("rule").asText()).isEqualTo("DecommissionedPipesAreClosed");
        assertThat(admin.post("/api/pipes/LC-2/inspections", """
                {"date":"2026-02-01","inspector":"E. Ek","method":"CCTV","grade":2}""").status()).isEqualTo(409);
        assertThat(admin.post("/api/pipes/LC-2/renewals", """
                {"material":"PE","year":2026,"method":"OPEN_CUT"}""").status()).isEqualTo(409);
        assertThat(events()).isEqualTo(before);
    }

    @Test
    void badCorrectionsAreRefusedNamingTheFieldAndStoreNothing() {
        register("LC-4");
        long before = events();
        var noReason = admin.post("/api/pipes/LC-4/corrections", "{\"diameterMm\":160}");
        assertThat(noReason.status()).isEqualTo(400);
        assertThat(noReason.json().get("field").asText()).isEqualTo("reason");
        var noOp = admin.post("/api/pipes/LC-4/corrections", "{\"diameterMm\":150,\"reason\":\"checked\"}");
        assertThat(noOp.status()).isEqualTo(409);
        assertThat(noOp.json().get("rule").asText()).isEqualTo("CorrectionsMustChangeSomething");
        var implausible = admin.post("/api/pipes/LC-4/corrections", "{\"lengthM\":-1,\"reason\":\"typo\"}");
        assertThat(implausible.json().get("field").asText()).isEqualTo("lengthM");
        var badMethod = admin.post("/api/pipes/LC-4/renewals", "{\"material\":\"PE\",\"year\":2020,\"method\":\"MAGIC\"}");
        assertThat(badMethod.json().get("field").asText()).isEqualTo("method");
        var badAsOf = admin.get("/api/pipes/LC-4?asOf=yesterday");
        assertThat(badAsOf.status()).isEqualTo(400);
        assertThat(badAsOf.json().get("field").asText()).isEqualTo("asOf");
        assertThat(admin.post("/api/pipes/NOPE/corrections", "{\"diameterMm\":160,\"reason\":\"x\"}").status())
                .isEqualTo(404);
        assertThat(admin.get("/api/pipes/NOPE/history").status()).isEqualTo(404);
        assertThat(events()).isEqualTo(before);
    }
}
