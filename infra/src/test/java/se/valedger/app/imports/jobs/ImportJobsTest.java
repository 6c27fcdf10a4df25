package se.valedger.app.imports.jobs;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.TestPropertySource;
import se.valedger.app.users.Role;
import se.valedger.app.users.UserAccounts;
import se.valedger.testing.Api;
import se.valedger.testing.IntegrationTest;

@IntegrationTest
@TestPropertySource(properties = {"valedger.imports.chunk-size=20", "valedger.imports.wait-for-result=3s"})
class ImportJobsTest {

    @LocalServerPort
    int port;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    ImportJobs jobs;
    @Autowired
    UserAccounts accounts;

    Api admin;

    @BeforeEach
    void signIn() {
        admin = Api.at(port, "admin", "admin-password");
        if (jdbc.queryForObject("SELECT count(*) FROM security.app_user WHERE username = 'other-admin'", Long.class) == 0) {
            accounts.create("other-admin", "other-admin-password", EnumSet.of(Role.ADMIN));
            accounts.create("job-engineer", "job-engineer-password", EnumSet.of(Role.ENGINEER));
        }
    }

    static byte[] pipes(String prefix, int rows) {
        StringBuilder csv = new StringBuilder("id,networkKind,material,diameterMm,lengthM,installationYear\n");
        for (int i = 0; i < rows; i++) {
            csv.append(prefix).append(i).append(",WASTEWATER,PVC,200,10,1990\n");
        }
        return csv.toString().getBytes(StandardCharsets.UTF_8);
    }

    JsonNode waitUntilFinished(Api api, String location) {
        long until = System.currentTimeMillis() + 120_000;
        while (true) {
            JsonNode job = api.get(location).json();
            String state = job.get("state").asText();
            if (!state.equals("QUEUED") && !state.equals("RUNNING")) {
                return job;
            }
            assertThat(System.currentTimeMillis()).as("job finishes").isLessThan(until);
            sleep(100);
        }
    }

    static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Test
    void aQuickImportStillAnswersItsReportAndTheEventPosition() {
        var answer = admin.post("/api/imports/pipes-csv", "text/csv", pipes("QJ-", 5));
        assertThat(answer.status()).as(answer.body()).isEqualTo(200);
        assertThat(answer.json().get("accepted").asLong()).isEqualTo(5);
        long last = jdbc.queryForObject("SELECT max(global_index) FROM event_store.domain_event", Long.class);
        assertThat(Long.parseLong(answer.header("X-Event-Position"))).isEqualTo(last);
    }

    @Test
    void anImportLongerThanTheWaitAnswers202AndItsCommandsCarryTheStartersMetadata() {
        Api other = Api.at(port, "other-admin", "other-admin-password");
        long start = System.nanoTime();
        var answer = other.post("/api/imports/pipes-csv", "text/csv", pipes("LJ-", 4000));
        long waited = (System.nanoTime() - start) / 1_000_000;
        assertThat(answer.status()).as(answer.body()).isEqualTo(202);
        assertThat(waited).as("waited about valedger.imports.wait-for-result").isBetween(2_500L, 20_000L);
        String location = answer.header("Location");
        assertThat(other.delete(location).status()).isIn(200, 202);
        JsonNode job = waitUntilFinished(other, location);
        assertThat(job.get("state").asText()).isIn("CANCELLED", "DONE");
        String metadata = jdbc.queryForObject("SELECT convert_from(meta_data, 'UTF8') FROM event_store.domain_event "
                + "WHERE aggregate_identifier = 'LJ-0'", String.class);
        assertThat(metadata).contains("\"user\":\"other-admin\"").contains("ADMIN").contains("127.0.0.1");
    }

    @Test
    void anImportWithAnIdempotencyKeyAnswersItsReportAndARetryReplaysIt() {
        byte[] csv = pipes("IK-", 5);
        long jobsBefore = jdbc.queryForObject("SELECT count(*) FROM imports.import_job", Long.class);
        var first = admin.send("POST", "/api/imports/pipes-csv", "text/csv", csv, "Idempotency-Key", "import-ik-1");
        assertThat(first.status()).as(first.body()).isEqualTo(200);
        assertThat(first.json().get("created").asLong()).isEqualTo(5);
        var retry = admin.send("POST", "/api/imports/pipes-csv", "text/csv", csv, "Idempotency-Key", "import-ik-1");
        assertThat(retry.status()).isEqualTo(200);
        assertThat(retry.header("Idempotent-Replayed")).isEqualTo("true");
        assertThat(retry.json()).isEqualTo(first.json());
        assertThat(jdbc.queryForObject("SELECT count(*) FROM imports.import_job", Long.class))
                .as("the retry started no job").isEqualTo(jobsBefore + 1);
        assertThat(jdbc.queryForObject("SELECT state || ' ' || rows_read FROM imports.import_job ORDER BY created_at DESC "
                + "LIMIT 1", String.class)).as("the job's own row says it finished").isEqualTo("DONE 5");
    }

    @Test
    void respondAsyncAnswers202WithTheJobWhoseProgressEndsInTheFullReport() {
        var answer = admin.send("POST", "/api/imports/pipes-csv", "text/csv", pipes("AJ-", 300), "Prefer", "respond-async");
        assertThat(answer.status()).as(answer.body()).isEqualTo(202);
        String location = answer.header("Location");
        assertThat(location).startsWith("/api/imports/jobs/");
        assertThat(answer.json().get("state").asText()).isIn("QUEUED", "RUNNING", "DONE");
        JsonNode job = waitUntilFinished(admin, location);
        assertThat(job.get("state").asText()).isEqualTo("DONE");
        assertThat(job.get("percent").asInt()).isEqualTo(100);
        assertThat(job.get("rowsRead").asLong()).isEqualTo(300);
        assertThat(job.get("report").get("created").asLong()).isEqualTo(300);
        var shown = admin.get(location);
        assertThat(shown.header("X-Event-Position")).isEqualTo(job.get("eventPosition").asText());
        assertThat(jdbc.queryForObject("SELECT count(DISTINCT aggregate_identifier) FROM event_store.domain_event "
                + "WHERE aggregate_identifier LIKE 'AJ-%'", Long.class)).isEqualTo(300);
    }

    @Test
    void aCancelledJobStopsBetweenChunksAndSaysAfterWhichRowWithEverythingBeforeStored() {
        var answer = admin.send("POST", "/api/imports/pipes-csv", "text/csv", pipes("CJ-", 4000), "Prefer", "respond-async");
        assertThat(answer.status()).as(answer.body()).isEqualTo(202);
        String location = answer.header("Location");
        var cancel = admin.delete(location);
        assertThat(cancel.status()).as(cancel.body()).isIn(200, 202);
        JsonNode job = waitUntilFinished(admin, location);
        assertThat(job.get("state").asText()).isEqualTo("CANCELLED");
        long after = job.get("report").get("cancelledAfterRow").asLong();
        assertThat(after).isLessThan(4000);
        assertThat(job.get("message").asText()).contains("cancelled after row " + after);
        long stored = jdbc.queryForObject("SELECT count(DISTINCT aggregate_identifier) FROM event_store.domain_event "
                + "WHERE aggregate_identifier LIKE 'CJ-%'", Long.class);
        assertThat(stored).as("chunks before the cancel are stored, none after, none half").isEqualTo(after);
        assertThat(job.get("report").get("accepted").asLong()).isEqualTo(after);
    }

    @Test
    void aJobIsSeenAndCancelledByItsStarterAndAdminOnly() {
        var answer = admin.send("POST", "/api/imports/pipes-csv", "text/csv", pipes("VJ-", 3), "Prefer", "respond-async");
        String location = answer.header("Location");
        assertThat(Api.at(port, "other-admin", "other-admin-password").get(location).status()).isEqualTo(200);
        Api engineer = Api.at(port, "job-engineer", "job-engineer-password");
        assertThat(engineer.get(location).status()).isIn(403, 404);
        assertThat(engineer.delete(location).status()).isIn(403, 404);
        waitUntilFinished(admin, location);
    }

    @Test
    void aJobStoppedByAnOutOfMemoryErrorIsMarkedFailedRatherThanLeftRunning() {
        UUID id = jobs.start("pipes-csv", null, progress -> new long[Integer.MAX_VALUE]);
        long until = System.currentTimeMillis() + 20_000;
        ImportJob job = jobs.find(id).orElseThrow();
        while (!job.state().finished() && System.currentTimeMillis() < until) {
            sleep(100);
            job = jobs.find(id).orElseThrow();
        }
        assertThat(job.state()).isEqualTo(JobState.FAILED);
        assertThat(job.message()).contains("OutOfMemoryError");
    }

    @Test
    void jobsOfANodeThatStoppedAreMarkedFailedAtStartWithWhatTheyStored() {
        UUID orphan = UUID.randomUUID();
        jdbc.update("INSERT INTO imports.import_job (id, kind, started_by, node_id, state, rows_read, accepted) "
                + "VALUES (?, 'pipes-csv', 'admin', 'gone@crashed-host', 'RUNNING', 1200, 1180)", orphan);
        jobs.failJobsOfStoppedNodesAtStart();
        ImportJob job = jobs.find(orphan).orElseThrow();
        assertThat(job.state()).isEqualTo(JobState.FAILED);
        assertThat(job.message()).contains("interrupted").contains("1200 rows read").contains("1180 accepted");
    }

    @Test
    void uploadFilesLeftByACrashedNodeAreRemovedAtStartAndALiveNodesAreKept(@Autowired UploadSpool live) throws Exception {
        Path root = Files.createTempDirectory("spool-test");
        Path crashed = Files.createDirectories(root.resolve(UploadSpool.NODE_PREFIX + "crashed"));
        Files.write(crashed.resolve("upload-1.tmp"), new byte[1024]);
        Files.createFile(crashed.resolve(UploadSpool.LOCK)); // its lock file, no longer locked by anyone
        Path starting = Files.createDirectories(root.resolve(UploadSpool.NODE_PREFIX + "starting"));
        UploadSpool running = new UploadSpool(root);
        Path runningFile = running.spool(new java.io.ByteArrayInputStream(new byte[10])).take();
        UploadSpool restarted = new UploadSpool(root);
        assertThat(crashed).doesNotExist();
        assertThat(runningFile).as("a node still running keeps its uploads").exists();
        assertThat(starting).as("a node starting at this moment, before it has locked its directory, keeps it").exists();
        restarted.stop();
        running.stop();
        assertThat(live.directory()).exists();
    }
}
