package se.valedger.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import se.valedger.app.users.Role;
import se.valedger.app.users.UserAccounts;
import se.valedger.testing.Api;
import se.valedger.testing.IntegrationTest;

@IntegrationTest
class IdempotencyTest {

    static final String PIPE = """
            {"id":"%s","networkKind":"WASTEWATER","material":"PVC","diameterMm":200,"lengthM":80.0,
             "installationYear":1990,"district":"Lugnvik","consequenceClass":2}""";
    static final String INSPECTION = """
            {"date":"2026-10-01","inspector":"I. Dem","method":"CCTV","grade":2,"findings":"%s"}""";

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

    static String key() {
        return UUID.randomUUID().toString();
    }

    @Test
    void theSameKeyAndBodyTwiceMakesOneChangeAndGivesTheSameAnswer() {
        String key = key();
        long before = events();
        var first = admin.post("/api/pipes", PIPE.formatted("IDEM-1"), "Idempotency-Key", key);
        var second = admin.post("/api/pipes", PIPE.formatted("IDEM-1"), "Idempotency-Key", key);

        assertThat(first.status()).as(first.body()).isEqualTo(201);
        assertThat(second.status()).isEqualTo(201);
        assertThat(second.header("Location")).isEqualTo(first.header("Location")).endsWith("/api/pipes/IDEM-1");
        assertThat(second.header("X-Event-Position")).isEqualTo(first.header("X-Event-Position"));
        assertThat(second.contentType()).isEqualTo(first.contentType());
        assertThat(second.body()).isEqualTo(first.body());
        assertThat(first.header("Idempotent-Replayed")).isNull();
        assertThat(second.header("Idempotent-Replayed")).isEqualTo("true");
        assertThat(events()).isEqualTo(before + 1);
    }

    @Test
    void aRetriedInspectionIsLoggedOnceAndAnswersTheFirstInspectionId() {
        admin.post("/api/pipes", PIPE.formatted("IDEM-2"));
        String key = key();
        long before = events();
        var first = admin.post("/api/pipes/IDEM-2/inspections", INSPECTION.formatted("roots"), "Idempotency-Key", key);
        var again = admin.post("/api/pipes/IDEM-2/inspections", INSPECTION.formatted("roots"), "Idempotency-Key", key);

        assertThat(first.status()).isEqualTo(202);
        assertThat(again.status()).isEqualTo(202);
        assertThat(again.json().get("inspectionId").asText()).isEqualTo(first.json().get("inspectionId").asText());
        assertThat(events()).isEqualTo(before + 1);
    }

    @Test
    void theSameKeyWithAnotherBodyIsRefused422AndChangesNothing() {
        admin.post("/api/pipes", PIPE.formatted("IDEM-3"));
        String key = key();
        admin.post("/api/pipes/IDEM-3/inspections", INSPECTION.formatted("first"), "Idempotency-Key", key);
        long before = events();

        var reused = admin.post("/api/pipes/IDEM-3/inspections", INSPECTION.formatted("second"), "Idempotency-Key", key);

        assertThat(reused.status()).isEqualTo(422);
        assertThat(reused.contentType()).startsWith("application/problem+json");
        assertThat(reused.json().get("field").asText()).isEqualTo("Idempotency-Key");
        assertThat(reused.json().get("detail").asText()).contains("different request");
        assertThat(events()).isEqualTo(before);
    }

    @Test
    void theSameKeyOnAnotherPathIsRefused422() {
        admin.post("/api/pipes", PIPE.formatted("IDEM-4A"));
        admin.post("/api/pipes", PIPE.formatted("IDEM-4B"));
        String key = key();
        admin.post("/api/pipes/IDEM-4A/inspections", INSPECTION.formatted("x"), "Idempotency-Key", key);
        long before = events();
        var other = admin.post("/api/pipes/IDEM-4B/inspections", INSPECTION.formatted("x"), "Idempotency-Key", key);
        assertThat(other.status()).isEqualTo(422);
        assertThat(events()).isEqualTo(before);
    }

    @Test
    void aRefusedCommandIsAnsweredTheSameWayAgainWithoutRunningIt() {
        String key = key();
        String bad = PIPE.formatted("IDEM-5").replace("80.0", "-1.0");
        var first = admin.post("/api/pipes", bad, "Idempotency-Key", key);
        var again = admin.post("/api/pipes", bad, "Idempotency-Key", key);
        assertThat(first.status()).isEqualTo(400);
        assertThat(again.status()).isEqualTo(400);
        assertThat(again.json().get("field").asText()).isEqualTo("lengthM");
        assertThat(again.header("Idempotent-Replayed")).isEqualTo("true");
    }

    @Test
    void keysBelongToTheirUser() {
        accounts.create("eva", "engineer-password", EnumSet.of(Role.ENGINEER));
        Api eva = Api.at(port, "eva", "engineer-password");
        admin.post("/api/pipes", PIPE.formatted("IDEM-6"));
        String key = key();
        long before = events();
        var byAdmin = admin.post("/api/pipes/IDEM-6/inspections", INSPECTION.formatted("same"), "Idempotency-Key", key);
        var byEva = eva.post("/api/pipes/IDEM-6/inspections", INSPECTION.formatted("same"), "Idempotency-Key", key);
        assertThat(byEva.status()).isEqualTo(202);
        assertThat(byEva.json().get("inspectionId").asText()).isNotEqualTo(byAdmin.json().get("inspectionId").asText());
        assertThat(events()).isEqualTo(before + 2);
    }

    @Test
    void aMalformedKeyIsRefusedNamingTheHeader() {
        long before = events();
        var response = admin.post("/api/pipes", PIPE.formatted("IDEM-7"), "Idempotency-Key", "x".repeat(201));
        assertThat(response.status()).isEqualTo(400);
        assertThat(response.json().get("field").asText()).isEqualTo("Idempotency-Key");
        assertThat(events()).isEqualTo(before);
    }

    @Test
    void concurrentDuplicatesRunTheCommandOnceAndAllGetItsAnswer() throws Exception {
        admin.post("/api/pipes", PIPE.formatted("IDEM-8"));
        int copies = 8;
        for (int round = 0; round < 5; round++) {
            String key = key();
            long before = events();
            CountDownLatch start = new CountDownLatch(1);
            ExecutorService pool = Executors.newFixedThreadPool(copies);
            List<Future<Api.Response>> answers = new ArrayList<>();
            for (int i = 0; i < copies; i++) {
                answers.add(pool.submit(() -> {
                    start.await();
                    return admin.post("/api/pipes/IDEM-8/inspections", INSPECTION.formatted("race " + key),
                            "Idempotency-Key", key);
                }));
            }
            start.countDown();
            List<String> ids = new ArrayList<>();
            for (Future<Api.Response> answer : answers) {
                Api.Response response = answer.get();
                assertThat(response.status()).as(response.body()).isEqualTo(202);
                ids.add(response.json().get("inspectionId").asText());
            }
            pool.shutdown();
            assertThat(ids).as("round %d", round).containsOnly(ids.get(0));
            assertThat(events()).as("round %d", round).isEqualTo(before + 1);
        }
    }
}
