package se.valedger.reliability;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;
import se.valedger.testing.Api;

/**
 * Logs inspections over HTTP from several threads, each with its own Idempotency-Key, and keeps
 * what was acknowledged apart from what was not (no answer, or a 5xx): the client's retry list.
 */
final class LoadDriver {

    record Sent(String path, String body, String key) {
    }

    private final List<Api> nodes;
    private final List<String> pipes;
    private final String prefix;
    private final AtomicInteger counter = new AtomicInteger();
    final Map<String, String> acknowledged = new ConcurrentHashMap<>();
    final Map<String, Sent> sentAndAcknowledged = new ConcurrentHashMap<>();
    /** Leak reports acknowledged: marker (the reporter) to leak id. */
    final Map<String, String> leaksAcknowledged = new ConcurrentHashMap<>();
    final Map<String, Sent> unanswered = new ConcurrentHashMap<>();
    final Map<String, String> refused = new ConcurrentHashMap<>();
    private final List<Thread> threads = new ArrayList<>();
    private volatile boolean running = true;

    LoadDriver(List<Api> nodes, List<String> pipes, String prefix) {
        this.nodes = nodes;
        this.pipes = pipes;
        this.prefix = prefix;
    }

    LoadDriver start(int threadCount) {
        for (int i = 0; i < threadCount; i++) {
            Thread thread = new Thread(this::run, "load-" + prefix + i);
            threads.add(thread);
            thread.start();
        }
        return this;
    }

    private void run() {
        while (running) {
            int n = counter.getAndIncrement();
            ThreadLocalRandom random = ThreadLocalRandom.current();
            String marker = prefix + n;
            if (n % 4 == 3) {
                // every fourth command a leak report: its marker is the reporter, its answer 201 with the leak id
                Sent leak = new Sent("/api/leaks", """
                        {"kind":"LEAK","severity":"LOW","position":{"crs":"EPSG:3006","x":%d,"y":6995030.0},
                         "reportedAt":"2026-01-02T06:40:00Z","reporter":"%s"}""".formatted(492000 + n, marker),
                        UUID.randomUUID().toString());
                if (!send(nodes.get(n % nodes.size()), marker, leak)) {
                    AppProcessPause.pause(200);
                }
                continue;
            }
            Sent sent = new Sent("/api/pipes/" + pipes.get(random.nextInt(pipes.size())) + "/inspections", """
                    {"date":"%s","inspector":"Load","method":"CCTV","grade":%d,"findings":"%s"}"""
                    .formatted(LocalDate.of(2026, 1, 1).plusDays(random.nextInt(280)), 1 + random.nextInt(4), marker),
                    UUID.randomUUID().toString());
            Api node = nodes.get(n % nodes.size());
            if (!send(node, marker, sent)) {
                AppProcessPause.pause(200);
            }
        }
    }

    /** True when the command was acknowledged. */
    boolean send(Api node, String marker, Sent sent) {
        try {
            Api.Response response = node.post(sent.path(), sent.body(), "Idempotency-Key", sent.key());
            if (response.status() == 202) {
                acknowledged.put(marker, response.json().get("inspectionId").asText());
                sentAndAcknowledged.put(marker, sent);
                unanswered.remove(marker);
                return true;
            }
            if (response.status() == 201 && sent.path().equals("/api/leaks")) {
                leaksAcknowledged.put(marker, response.json().get("id").asText());
                unanswered.remove(marker);
                return true;
            }
            // a lost race after the server's own retries: nothing stored, the client sends it again (same key)
            if (response.status() >= 500 || response.status() == 409 && response.body().contains("concurrent-change")) {
                unanswered.put(marker, sent);
            } else {
                refused.put(marker, response.toString());
            }
        } catch (RuntimeException e) {
            unanswered.put(marker, sent);
        }
        return false;
    }

    /** Leak reports stored once each and exactly the acknowledged ones (by reporter), under the acknowledged ids. */
    void assertLeaksStoredExactlyOnce(Recount recount) {
        Map<String, Long> stored = recount.leaksByReporter(prefix);
        org.assertj.core.api.Assertions.assertThat(leaksAcknowledged).as("leak reports acknowledged under load").isNotEmpty();
        org.assertj.core.api.Assertions.assertThat(stored.keySet()).as("every acknowledged leak report is stored, nothing else")
                .isEqualTo(leaksAcknowledged.keySet());
        org.assertj.core.api.Assertions.assertThat(stored.values()).as("no leak report stored twice").containsOnly(1L);
        leaksAcknowledged.forEach((marker, id) ->
                org.assertj.core.api.Assertions.assertThat(recount.leakIdOf(marker)).isEqualTo(id));
    }

    /** The audit trail's hash chain verifies end to end. */
    static void assertAuditChainVerifies(Api admin) {
        Api.Response verification = admin.get("/api/audit/verify");
        org.assertj.core.api.Assertions.assertThat(verification.status()).as(verification.body()).isEqualTo(200);
        org.assertj.core.api.Assertions.assertThat(verification.json().get("valid").asBoolean())
                .as("audit chain verifies: " + verification.body()).isTrue();
        org.assertj.core.api.Assertions.assertThat(verification.json().get("entriesChecked").asLong()).isPositive();
    }

    void stop() throws InterruptedException {
        running = false;
        for (Thread thread : threads) {
            thread.join(120_000);
        }
    }

    /** Sends every unanswered request again, with its own key, until each is acknowledged. */
    void retryUnanswered(Api node) {
        for (Map.Entry<String, Sent> entry : new ArrayList<>(unanswered.entrySet())) {
            for (int attempt = 0; attempt < 20 && unanswered.containsKey(entry.getKey()); attempt++) {
                if (!send(node, entry.getKey(), entry.getValue())) {
                    AppProcessPause.pause(500);
                }
            }
        }
    }

    static final class AppProcessPause {
        static void pause(long millis) {
            try {
                Thread.sleep(millis);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
