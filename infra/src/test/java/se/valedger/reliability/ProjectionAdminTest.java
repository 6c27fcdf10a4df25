package se.valedger.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.EnumSet;
import java.util.function.Supplier;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.TestPropertySource;
import se.valedger.app.users.Role;
import se.valedger.app.users.UserAccounts;
import se.valedger.testing.Api;
import se.valedger.testing.AppProcess;
import se.valedger.testing.IntegrationTest;

/** Dead letters (park, list, retry after a fix, evict) and the rebuild of a projection, through the admin API. */
@IntegrationTest
@Import(PoisonProbe.class)
@TestPropertySource(properties = "valedger.processors.dead-letter-groups=pipe-register,poison-probe")
class ProjectionAdminTest {

    static final String INSPECTION = IdempotencyTest.INSPECTION;

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

    @Test
    void aPoisonEventIsParkedWithItsSequenceWhileOthersFlowAndIsHandledWhenRetriedAfterTheFix() {
        PoisonProbe.broken = true;
        admin.post("/api/pipes", IdempotencyTest.PIPE.formatted("DL-1"));
        admin.post("/api/pipes", IdempotencyTest.PIPE.formatted("DL-2"));
        admin.post("/api/pipes/DL-1/inspections", INSPECTION.formatted("POISON pill"));
        admin.post("/api/pipes/DL-1/inspections", INSPECTION.formatted("after the pill"));
        admin.post("/api/pipes/DL-2/inspections", INSPECTION.formatted("other pipe"));

        assertThat(eventually(() -> PoisonProbe.handled.contains("other pipe"))).as("other aggregates flow").isTrue();
        JsonNode parked = awaitLetters(2);
        JsonNode letters = parked.at("/sequences/0/letters");
        assertThat(letters.get(0).get("aggregateId").asText()).isEqualTo("DL-1");
        assertThat(letters.get(0).get("eventType").asText()).isEqualTo("InspectionLogged");
        assertThat(letters.get(0).get("cause").asText()).contains("cannot handle POISON pill");
        assertThat(letters.get(1).get("sequenceNumber").asLong()).isEqualTo(2);
        assertThat(PoisonProbe.handled).doesNotContain("after the pill");

        PoisonProbe.broken = false;
        var retried = admin.post("/api/admin/dead-letters/poison-probe/retry", "");
        assertThat(retried.status()).as(retried.body()).isEqualTo(200);
        assertThat(retried.json().get("sequencesSucceeded").asInt()).isEqualTo(1);
        assertThat(retried.json().get("remaining").asLong()).isZero();
        assertThat(PoisonProbe.handled).containsSubsequence("POISON pill", "after the pill");
        assertThat(admin.get("/api/admin/dead-letters/poison-probe").json().get("size").asLong()).isZero();
    }

    @Test
    void anEvictedDeadLetterIsDroppedFromTheQueueForGood() {
        PoisonProbe.broken = true;
        admin.post("/api/pipes", IdempotencyTest.PIPE.formatted("DL-3"));
        admin.post("/api/pipes/DL-3/inspections", INSPECTION.formatted("POISON to evict"));
        String id = awaitLetters(1).at("/sequences/0/letters/0/id").asText();

        var evicted = admin.delete("/api/admin/dead-letters/poison-probe/" + id);
        assertThat(evicted.status()).as(evicted.body()).isEqualTo(200);
        assertThat(evicted.json().get("remaining").asLong()).isZero();
        assertThat(admin.delete("/api/admin/dead-letters/poison-probe/" + id).status()).isEqualTo(404);
        PoisonProbe.broken = false;
        assertThat(PoisonProbe.handled).doesNotContain("POISON to evict");
    }

    @Test
    void onlyAnAdministratorSeesDeadLettersAndRebuilds() {
        accounts.create("pia", "planner-password", EnumSet.of(Role.PLANNER));
        Api planner = Api.at(port, "pia", "planner-password");
        assertThat(planner.get("/api/admin/dead-letters").status()).isEqualTo(403);
        assertThat(planner.post("/api/admin/projections/pipe-register/rebuild", "").status()).isEqualTo(403);
        assertThat(admin.get("/api/admin/dead-letters/no-such-group").status()).isEqualTo(404);
    }

    @Test
    void aRebuildReplaysTheLogIntoTheRegisterAndReportsProgress() throws Exception {
        for (int i = 0; i < 5; i++) {
            admin.post("/api/pipes", IdempotencyTest.PIPE.formatted("RB-" + i));
            admin.post("/api/pipes/RB-" + i + "/inspections", INSPECTION.formatted("rebuild " + i));
        }
        Recount recount = new Recount(jdbc);
        assertThat(recount.awaitRegisterAgrees(30_000)).isEmpty();
        String before = admin.get("/api/pipes?idPrefix=RB-").body();
        jdbc.update("UPDATE register.pipe SET inspection_count = 99 WHERE pipe_id LIKE 'RB-%'");
        assertThat(recount.registerDifferences()).isNotEmpty();

        var rebuild = admin.post("/api/admin/projections/pipe-register/rebuild", "");
        assertThat(rebuild.status()).as(rebuild.body()).isEqualTo(202);
        assertThat(eventually(() -> {
            JsonNode progress = admin.get("/api/admin/projections/pipe-register").json();
            return progress.get("percent").asInt() == 100 && !progress.get("replaying").asBoolean()
                    && progress.get("running").asBoolean();
        })).as("rebuild reaches the head of the log").isTrue();
        assertThat(recount.awaitRegisterAgrees(30_000)).isEmpty();
        assertThat(admin.get("/api/pipes?idPrefix=RB-").body()).isEqualTo(before);
        assertThat(admin.get("/api/admin/projections").json().findValuesAsText("name")).contains("pipe-register");
    }

    private JsonNode awaitLetters(int count) {
        JsonNode[] last = new JsonNode[1];
        boolean parked = eventually(() -> {
            last[0] = admin.get("/api/admin/dead-letters/poison-probe").json();
            return last[0].get("size").asLong() == count;
        });
        assertThat(parked).as("parked: %s", last[0]).isTrue();
        return last[0];
    }

    static boolean eventually(Supplier<Boolean> condition) {
        long deadline = System.currentTimeMillis() + 30_000;
        while (System.currentTimeMillis() < deadline) {
            if (condition.get()) {
                return true;
            }
            AppProcess.sleep(100);
        }
        return false;
    }

    @Test
    void progressComesFromTheTokenStoreSoAResetProjectionThisNodeDoesNotHoldShowsNoneOfItsWayDone(
            @Autowired org.axonframework.config.EventProcessingConfiguration processing) {
        admin.post("/api/pipes", IdempotencyTest.PIPE.formatted("PR-1"));
        var processor = processing.eventProcessor("pipe-register",
                org.axonframework.eventhandling.StreamingEventProcessor.class).orElseThrow();
        processor.shutDown();
        try {
            processor.resetTokens();
            JsonNode progress = admin.get("/api/admin/projections/pipe-register").json();
            assertThat(progress.get("segmentsClaimedHere")).as(progress.toString()).isEmpty();
            assertThat(progress.get("replaying").asBoolean()).as(progress.toString()).isTrue();
            assertThat(progress.get("percent").asInt()).as(progress.toString()).isLessThan(100);
        } finally {
            processor.start();
        }
        assertThat(eventually(() -> admin.get("/api/admin/projections/pipe-register").json().get("percent").asInt() == 100))
                .as("and it gets there once the processor runs").isTrue();
    }
}
