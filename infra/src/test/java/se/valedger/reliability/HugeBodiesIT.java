package se.valedger.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import se.valedger.http.idempotency.HostileBody;
import se.valedger.testing.Api;
import se.valedger.testing.AppProcess;

/**
 * Item 7 of issue 14, out of process: the packaged jar with {@code -Xmx384m} is sent eight parallel 100 MB bodies
 * (generated on the fly, chunked and with Content-Length, signed in as the admin) to a JSON endpoint, then eight
 * parallel 100 MB uploads that are not a valid file to an import endpoint. Every answer must be a problem within a
 * bound, {@code /actuator/health} must answer 200 throughout and after, the node's log must show no
 * {@code OutOfMemoryError}, and a normal command must work afterwards.
 */
class HugeBodiesIT {

    static final long HUNDRED_MB = 100L * 1024 * 1024;
    /** Per answer: the JSON endpoint refuses before reading; an import reads and checks the whole 100 MB first. */
    static final long JSON_BOUND_MILLIS = 15_000;
    static final long IMPORT_BOUND_MILLIS = 45_000;
    static final ObjectMapper JSON = new ObjectMapper();

    record Case(String path, String type, boolean chunked) {
    }

    @Test
    void eightParallelHundredMegabyteBodiesAreRefusedAndTheNodeStaysHealthyWithoutRunningOutOfHeap() throws Exception {
        String url = AppProcess.freshDatabase();
        try (AppProcess node = AppProcess.start("huge-bodies", url, Map.of()).awaitHealthy(Duration.ofSeconds(180))) {
            long started = System.nanoTime();
            HealthWatch health = new HealthWatch(node).start();
            try {
                List<Case> json = new ArrayList<>();
                for (int i = 0; i < 8; i++) {
                    json.add(new Case("/api/pipes", i % 2 == 0 ? "application/octet-stream" : "application/json", i % 4 < 2));
                }
                for (var answered : sendInParallel(node, json)) {
                    Case c = answered.c();
                    HostileBody.Answer answer = answered.answer();
                    int expected = c.type().equals("application/json") ? 413 : 415;
                    assertThat(answer.status()).as(c + ": " + answer.body()).isEqualTo(expected);
                    JsonNode problem = problem(c, answer);
                    assertThat(problem.path("field").asText()).as(c.toString())
                            .isEqualTo(expected == 415 ? "Content-Type" : "body");
                    assertThat(answer.millis()).as("answered within the bound: " + c).isLessThan(JSON_BOUND_MILLIS);
                    assertThat(answer.bytesSent()).as("refused before the body ended: " + c).isLessThan(HUNDRED_MB);
                }
                System.out.printf("JSON endpoint: 8 x 100 MB refused after %.1f s%n", (System.nanoTime() - started) / 1e9);

                long imports = System.nanoTime();
                List<Case> uploads = new ArrayList<>();
                for (int i = 0; i < 8; i++) {
                    uploads.add(new Case("/api/imports/epanet", "application/octet-stream", i % 2 == 0));
                }
                for (var answered : sendInParallel(node, uploads)) {
                    Case c = answered.c();
                    HostileBody.Answer answer = answered.answer();
                    JsonNode problem = answer.status() == 202 ? awaitJobProblem(node, answer) : problem(c, answer);
                    int status = problem.path("status").asInt();
                    assertThat(status).as(c + ": " + problem).isBetween(400, 499);
                    assertThat(problem.toString()).as("the problem names the file: " + problem).containsIgnoringCase("file");
                    assertThat(answer.millis()).as("answered within the bound: " + c).isLessThan(IMPORT_BOUND_MILLIS);
                }
                System.out.printf("Import endpoint: 8 x 100 MB uploads refused after %.1f s%n", (System.nanoTime() - imports) / 1e9);
            } finally {
                health.stop();
            }
            assertThat(health.failures).as("/actuator/health answered 200 throughout").isEmpty();
            assertThat(health.checks.get()).as("health was checked while the bodies streamed").isGreaterThan(10);
            assertThat(node.health()).as("healthy after").isEqualTo(200);

            Api.Response pipe = node.admin().post("/api/pipes", IdempotencyTest.PIPE.formatted("HUGE-AFTER"));
            assertThat(pipe.status()).as("a normal command afterwards: " + pipe.body()).isEqualTo(201);
            assertThat(Files.readString(node.log())).as("the node's log").doesNotContain("OutOfMemoryError");
            System.out.printf("HugeBodiesIT: bodies and checks took %.0f s, health checked %d times, slowest %d ms%n",
                    (System.nanoTime() - started) / 1e9, health.checks.get(), health.slowestMillis.get());
        }
    }

    record Answered(Case c, HostileBody.Answer answer) {
    }

    private static List<Answered> sendInParallel(AppProcess node, List<Case> cases) throws Exception {
        ExecutorService clients = Executors.newFixedThreadPool(cases.size());
        try {
            List<Future<HostileBody.Answer>> futures = new ArrayList<>();
            for (Case c : cases) {
                futures.add(clients.submit(() -> HostileBody.send(node.port(), c.path(), c.type(), HUNDRED_MB, c.chunked())));
            }
            List<Answered> answers = new ArrayList<>();
            for (int i = 0; i < cases.size(); i++) {
                answers.add(new Answered(cases.get(i), futures.get(i).get()));
            }
            return answers;
        } finally {
            clients.shutdownNow();
        }
    }

    private static JsonNode problem(Case c, HostileBody.Answer answer) throws Exception {
        assertThat(answer.contentType()).as(c + " answers a problem").startsWith("application/problem+json");
        return JSON.readTree(answer.body());
    }

    /** An import still running when the request stopped waiting: its job's problem, once it is finished. */
    private static JsonNode awaitJobProblem(AppProcess node, HostileBody.Answer accepted) throws Exception {
        String href = JSON.readTree(accepted.body()).path("href").asText();
        long deadline = System.nanoTime() + Duration.ofMillis(IMPORT_BOUND_MILLIS).toNanos();
        while (System.nanoTime() < deadline) {
            JsonNode job = node.admin().get(href).json();
            if (job.has("answerStatus")) {
                return job.path("problem");
            }
            AppProcess.sleep(250);
        }
        throw new AssertionError("import job " + href + " not finished within " + IMPORT_BOUND_MILLIS + " ms");
    }

    /** Polls {@code /actuator/health} every 200 ms on a thread of its own, noting every answer that is not 200. */
    static final class HealthWatch {

        final ConcurrentLinkedQueue<String> failures = new ConcurrentLinkedQueue<>();
        final AtomicLong checks = new AtomicLong();
        final AtomicLong slowestMillis = new AtomicLong();
        private final AtomicBoolean running = new AtomicBoolean(true);
        private final AppProcess node;
        private final Thread thread;

        HealthWatch(AppProcess node) {
            this.node = node;
            this.thread = new Thread(this::watch, "health-watch");
        }

        HealthWatch start() {
            thread.start();
            return this;
        }

        void stop() throws InterruptedException {
            running.set(false);
            thread.join();
        }

        private void watch() {
            while (running.get()) {
                long start = System.nanoTime();
                int status = node.health();
                long millis = (System.nanoTime() - start) / 1_000_000;
                checks.incrementAndGet();
                slowestMillis.accumulateAndGet(millis, Math::max);
                if (status != 200) {
                    failures.add(status + " after " + millis + " ms");
                }
                AppProcess.sleep(200);
            }
        }
    }
}
