package se.valedger.http.api.leak;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import se.valedger.testing.Api;
import se.valedger.testing.IntegrationTest;
import se.valedger.testing.PipeJson;

@IntegrationTest
class LeakApiTest {

    static PipeJson pipe(String id, int diameter) {
        return PipeJson.pipe(id).material("DUCTILE_IRON").diameter(diameter).length(120.5).laid(1974)
                .district("Odensala").consequenceClass(3);
    }

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

    String register(String id, int diameter) {
        var r = admin.post("/api/pipes", pipe(id, diameter).json());
        assertThat(r.status()).as(r.body()).isEqualTo(201);
        // wait until the register knows it: the leak form looks the pipe's size up there
        admin.get("/api/pipes/" + id + "?minPosition=" + r.header("X-Event-Position"));
        return id;
    }

    String report(String pipeId, String severity, Instant reportedAt) {
        var r = admin.post("/api/leaks", """
                {"pipeId":"%s","kind":"BURST","severity":"%s","estimatedFlowLps":4.5,
                 "position":{"crs":"EPSG:3006","x":492050.0,"y":6995030.0},"reportedAt":"%s"}"""
                .formatted(pipeId, severity, reportedAt));
        assertThat(r.status()).as(r.body()).isEqualTo(201);
        assertThat(r.header("Location")).contains("/api/leaks/LEAK-");
        return r.json().get("id").asText();
    }

    Api.Response act(String id, String action, String body) {
        return admin.post("/api/leaks/" + id + "/" + action, body == null ? "" : body);
    }

    @Test
    void aLeakOnALargeMainGoesThroughItsWholeLifeCycleAndJoinsThePipesFailureHistory() {
        register("VA-L450", 450);
        Instant reportedAt = Instant.parse("2026-01-10T06:40:00Z");
        String id = report("VA-L450", "HIGH", reportedAt);

        var leak = admin.get("/api/leaks/" + id + "?minPosition=" + jdbc.queryForObject(
                "SELECT max(global_index) FROM event_store.domain_event", Long.class)).json();
        assertThat(leak.get("status").asText()).isEqualTo("REPORTED");
        assertThat(leak.get("diameterMm").asInt()).isEqualTo(450);
        assertThat(Instant.parse(leak.get("dueAt").asText())).isEqualTo(reportedAt.plus(Duration.ofHours(24)));
        assertThat(leak.get("reporter").asText()).isEqualTo("admin");

        assertThat(act(id, "confirm", "{\"note\":\"water on the street\"}").status()).isEqualTo(202);
        assertThat(act(id, "schedule-repair", "{\"scheduledFor\":\"2026-01-10T10:00:00Z\",\"crew\":\"Crew 2\"}").status())
                .isEqualTo(202);
        assertThat(act(id, "repair", """
                {"repairedAt":"2026-01-10T15:00:00Z","method":"CLAMP","repairHours":5,"cause":"CIRCUMFERENTIAL_CRACK"}""")
                .status()).isEqualTo(202);
        var closed = act(id, "close", null);
        assertThat(closed.status()).isEqualTo(202);

        var done = admin.get("/api/leaks/" + id + "?minPosition=" + closed.header("X-Event-Position")).json();
        assertThat(done.get("status").asText()).isEqualTo("CLOSED");
        assertThat(done.get("repairMethod").asText()).isEqualTo("CLAMP");
        assertThat(done.get("overdue").asBoolean()).isFalse();
        assertThat(jdbc.queryForObject("SELECT count(*) FROM leaks.pipe_failure WHERE pipe_id = 'VA-L450'", Long.class))
                .isEqualTo(1);
    }

    @Test
    void aLeakCannotSkipStepsAndTheRefusalNamesTheRule() {
        register("VA-SKIP", 150);
        String id = report("VA-SKIP", "HIGH", Instant.now().minusSeconds(60));
        long before = events();

        var refused = act(id, "repair", "{\"method\":\"CLAMP\",\"repairHours\":2}");

        assertThat(refused.status()).as(refused.body()).isEqualTo(409);
        assertThat(refused.contentType()).startsWith("application/problem+json");
        assertThat(refused.json().get("rule").asText()).isEqualTo("LeakLifeCycle");
        assertThat(act(id, "close", null).status()).isEqualTo(409);
        assertThat(events()).isEqualTo(before);
    }

    @Test
    void anOpenLeakPastItsDueTimeIsMarkedOverdue() {
        register("VA-LATE", 150);
        String late = report("VA-LATE", "HIGH", Instant.now().minus(Duration.ofHours(25)));
        String early = report("VA-LATE", "HIGH", Instant.now().minus(Duration.ofHours(23)));
        long position = jdbc.queryForObject("SELECT max(global_index) FROM event_store.domain_event", Long.class);

        assertThat(admin.get("/api/leaks/" + late + "?minPosition=" + position).json().get("overdue").asBoolean()).isTrue();
        assertThat(admin.get("/api/leaks/" + early).json().get("overdue").asBoolean()).isFalse();
        var overdue = admin.get("/api/leaks?overdue=true&pipeId=VA-LATE").json();
        assertThat(overdue.get("total").asInt()).isEqualTo(1);
        assertThat(overdue.at("/items/0/leakId").asText()).isEqualTo(late);
    }

    @Test
    void badInputNamesTheFieldAndStoresNothing() {
        long before = events();
        var unknownPipe = admin.post("/api/leaks", """
                {"pipeId":"NO-SUCH","kind":"LEAK","severity":"LOW"}""");
        assertThat(unknownPipe.status()).isEqualTo(400);
        assertThat(unknownPipe.json().get("field").asText()).isEqualTo("pipeId");

        var nowhere = admin.post("/api/leaks", "{\"kind\":\"LEAK\",\"severity\":\"LOW\"}");
        assertThat(nowhere.status()).isEqualTo(400);
        assertThat(nowhere.json().get("field").asText()).isEqualTo("position");

        var badKind = admin.post("/api/leaks", "{\"kind\":\"FLOOD\",\"severity\":\"LOW\"}");
        assertThat(badKind.json().get("field").asText()).isEqualTo("kind");
        assertThat(events()).isEqualTo(before);

        assertThat(act("LEAK-none", "confirm", null).status()).isEqualTo(404);
        assertThat(admin.post("/api/leaks/LEAK-none/explode", "{}").status()).isEqualTo(404);
    }
}
