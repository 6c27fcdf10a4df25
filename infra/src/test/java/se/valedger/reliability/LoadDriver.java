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
            if (response.status() >= 500) {
                unanswered.put(marker, sent);
            } else {
                refused.put(marker, response.toString());
            }
        } catch (RuntimeException e) {
            unanswered.put(marker, sent);
        }
        return false;
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
