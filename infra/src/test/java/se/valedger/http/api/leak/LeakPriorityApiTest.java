package se.valedger.http.api.leak;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import se.valedger.leak.LeakReported;
import se.valedger.leak.LeakTargets;
import se.valedger.testing.Api;
import se.valedger.testing.IntegrationTest;

/** Issue 20: the priority class (ACUTE/PLANNED) sets a leak's due time; leaks reported before keep theirs. */
@IntegrationTest
class LeakPriorityApiTest {

    @LocalServerPort
    int port;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    EventStore eventStore;
    Api admin;

    @BeforeEach
    void signIn() {
        admin = Api.at(port, "admin", "admin-password");
    }

    long events() {
        return jdbc.queryForObject("SELECT count(*) FROM event_store.domain_event", Long.class);
    }

    JsonNode reportAndRead(String body) {
        Api.Response r = admin.post("/api/leaks", body);
        assertThat(r.status()).as(r.body()).isEqualTo(201);
        return admin.get("/api/leaks/" + r.json().get("id").asText() + "?minPosition=" + r.header("X-Event-Position"))
                .json();
    }

    static String leak(String severity, String priority, Instant reportedAt) {
        return """
                {"kind":"BURST","severity":"%s",%s"position":{"crs":"EPSG:3006","x":492050.0,"y":6995030.0},
                 "reportedAt":"%s","diameterMm":600}""".formatted(severity,
                priority == null ? "" : "\"priority\":\"" + priority + "\",", reportedAt);
    }

    @Test
    void anAcuteLeakOnALargeMainIsDueInTheAcuteTargetAndTheAnswerSaysTheTargetIsAssumed() {
        Instant at = Instant.parse("2026-03-02T06:00:00Z");
        JsonNode leak = reportAndRead(leak("LOW", "ACUTE", at));
        assertThat(leak.get("priority").asText()).isEqualTo("ACUTE");
        assertThat(Instant.parse(leak.get("dueAt").asText())).isEqualTo(at.plus(Duration.ofHours(24)));
        assertThat(leak.get("dueBasis").asText())
                .isEqualTo("ACUTE target 24 h (ASSUMED, set valedger.leaks.priority.acute)");
    }

    @Test
    void aPlannedLeakIsDueInFourteenDaysAndIsNotOverdueAfterTheFormerCareWTime() {
        Instant at = Instant.now().minus(Duration.ofDays(2)).truncatedTo(java.time.temporal.ChronoUnit.SECONDS);
        JsonNode leak = reportAndRead(leak("CRITICAL", "PLANNED", at));
        assertThat(leak.get("priority").asText()).isEqualTo("PLANNED");
        assertThat(Instant.parse(leak.get("dueAt").asText())).isEqualTo(at.plus(Duration.ofDays(14)));
        assertThat(leak.get("overdue").asBoolean()).isFalse();
        assertThat(leak.get("dueBasis").asText()).contains("PLANNED target 336 h").contains("ASSUMED");
    }

    @Test
    void aReportWithoutAPriorityTakesTheClassFromItsSeverityAndSaysSo() {
        Instant at = Instant.parse("2026-03-02T06:00:00Z");
        JsonNode high = reportAndRead(leak("HIGH", null, at));
        assertThat(high.get("priority").asText()).isEqualTo("ACUTE");
        assertThat(high.get("dueBasis").asText()).contains("class taken from severity HIGH");
        JsonNode low = reportAndRead(leak("LOW", null, at));
        assertThat(low.get("priority").asText()).isEqualTo("PLANNED");
        assertThat(Instant.parse(low.get("dueAt").asText())).isEqualTo(at.plus(Duration.ofDays(14)));
    }

    @Test
    void anUnknownPriorityIsRefusedNamingTheFieldAndNothingIsStored() {
        long before = events();
        Api.Response r = admin.post("/api/leaks", leak("LOW", "URGENT", Instant.parse("2026-03-02T06:00:00Z")));
        assertThat(r.status()).as(r.body()).isEqualTo(400);
        assertThat(r.json().get("field").asText()).isEqualTo("priority");
        Api.Response number = admin.post("/api/leaks", leak("LOW", "1", Instant.parse("2026-03-02T06:00:00Z"))
                .replace("\"priority\":\"1\"", "\"priority\":[1]"));
        assertThat(number.status()).as(number.body()).isEqualTo(400);
        assertThat(events()).isEqualTo(before);
    }

    @Test
    void aLeakReportedBeforePriorityClassesKeepsItsDueTimeExplainedAndTakesItsNextStep() {
        String id = "LEAK-R1-" + UUID.randomUUID();
        String revision1 = """
                {"leakId":"%s","pipeId":null,"kind":"BURST","severity":"LOW","estimatedFlowLps":2.0,
                 "position":{"crs":"EPSG:3006","x":492050.0,"y":6995030.0},"reportedAt":"2025-05-01T06:00:00Z",
                 "reporter":"erik","diameterMm":150,"dueAt":"2025-05-04T14:00:00Z"}""".formatted(id);
        long position = jdbc.queryForObject("""
                INSERT INTO event_store.domain_event (aggregate_identifier, sequence_number, type, event_identifier,
                    meta_data, payload, payload_revision, payload_type, time_stamp)
                VALUES (?, 0, 'LeakReport', ?, ?, ?, '1', ?, '2025-05-01T06:00:00Z') RETURNING global_index""", Long.class,
                id, UUID.randomUUID().toString(), "{}".getBytes(StandardCharsets.UTF_8),
                revision1.getBytes(StandardCharsets.UTF_8), LeakReported.class.getName());

        LeakReported event = (LeakReported) eventStore.readEvents(id).next().getPayload();
        assertThat(event.priority()).isNull();
        assertThat(event.dueAt()).isEqualTo(Instant.parse("2025-05-04T14:00:00Z"));
        assertThat(event.dueBasis()).isEqualTo(LeakTargets.FORMER_BASIS);

        JsonNode leak = admin.get("/api/leaks/" + id + "?minPosition=" + position).json();
        assertThat(leak.get("dueAt").asText()).isEqualTo("2025-05-04T14:00:00Z");
        assertThat(leak.hasNonNull("priority")).isFalse();
        assertThat(leak.get("dueBasis").asText()).contains("reported before priority classes");
        assertThat(leak.get("overdue").asBoolean()).isTrue();
        assertThat(admin.post("/api/leaks/" + id + "/confirm", "{}").status()).isEqualTo(202);
    }
}
