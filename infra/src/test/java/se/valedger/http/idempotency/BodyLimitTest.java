package se.valedger.http.idempotency;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import se.valedger.testing.IntegrationTest;

/**
 * Item 7 of issue 14: eight parallel 100 MB bodies used to exhaust the heap in BodyLimitFilter. The test app
 * runs in this JVM with the default limits, so its heap is measured here: sampled while the bodies stream, it
 * must stay far below what the bodies add up to (over 800 MB), and every body gets its 413/415 without being held
 * (the chunked uploads to importers are streamed to disk up to the limit, then cut).
 */
@IntegrationTest
class BodyLimitTest {

    static final long HUNDRED_MB = 100L * 1024 * 1024;
    /** Import endpoints take up to valedger.http.max-body (100 MB by default): theirs are sent a little over it. */
    static final long OVER_THE_IMPORT_LIMIT = 110L * 1024 * 1024;

    @LocalServerPort
    int port;

    record Case(String path, String type, boolean chunked, int expected) {
    }

    @Test
    void eightParallelHundredMegabyteBodiesAreRefusedWithoutTheHeapHoldingThem() throws Exception {
        List<Case> cases = List.of(
                new Case("/api/pipes", "application/octet-stream", true, 415),
                new Case("/api/pipes", "application/octet-stream", false, 415),
                new Case("/api/pipes", "application/json", true, 413),
                new Case("/api/pipes", "application/json", false, 413),
                new Case("/api/imports/pipes-csv", "text/csv", true, 413),
                new Case("/api/imports/pipes-csv", "text/csv", false, 413),
                new Case("/api/imports/leaks-csv", "application/octet-stream", true, 413),
                new Case("/api/leaks", "text/plain", true, 415));
        MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
        System.gc();
        long before = memory.getHeapMemoryUsage().getUsed();
        AtomicLong peak = new AtomicLong(before);
        AtomicBoolean sampling = new AtomicBoolean(true);
        Thread sampler = new Thread(() -> {
            while (sampling.get()) {
                peak.accumulateAndGet(memory.getHeapMemoryUsage().getUsed(), Math::max);
                try {
                    Thread.sleep(5);
                } catch (InterruptedException e) {
                    return;
                }
            }
        });
        sampler.start();
        ExecutorService clients = Executors.newFixedThreadPool(cases.size());
        List<Future<HostileBody.Answer>> answers = new ArrayList<>();
        for (Case c : cases) {
            long bytes = c.path().startsWith("/api/imports/") ? OVER_THE_IMPORT_LIMIT : HUNDRED_MB;
            answers.add(clients.submit(() -> HostileBody.send(port, c.path(), c.type(), bytes, c.chunked())));
        }
        try {
            for (int i = 0; i < cases.size(); i++) {
                HostileBody.Answer answer = answers.get(i).get();
                Case c = cases.get(i);
                assertThat(answer.status()).as(c.toString()).isEqualTo(c.expected());
                assertThat(answer.millis()).as("answered quickly: " + c).isLessThan(30_000);
                if (!c.path().startsWith("/api/imports/") || !c.chunked()) {
                    assertThat(answer.bytesSent()).as("refused before the body ended: " + c).isLessThan(HUNDRED_MB);
                }
            }
        } finally {
            sampling.set(false);
            sampler.join();
            clients.shutdownNow();
        }
        long grew = peak.get() - before;
        assertThat(grew).as("heap growth while 800 MB streamed in").isLessThan(200L * 1024 * 1024);
    }

    @Test
    void aJsonBodyWithinTheLimitStillWorksAndANonJsonTypeIsRefusedBeforeReading() throws Exception {
        var api = se.valedger.testing.Api.at(port, "admin", "admin-password");
        var refused = api.post("/api/pipes", "text/plain", "{}".getBytes());
        assertThat(refused.status()).isEqualTo(415);
        assertThat(refused.contentType()).startsWith("application/problem+json");
        assertThat(refused.json().get("field").asText()).isEqualTo("Content-Type");
        byte[] spaces = new byte[2 * 1024 * 1024];
        java.util.Arrays.fill(spaces, (byte) ' ');
        var chunkedJson = api.sendChunked("/api/pipes", "application/json", spaces);
        assertThat(chunkedJson.status()).isEqualTo(413);
        assertThat(chunkedJson.json().get("limitBytes").asLong()).isEqualTo(1024 * 1024);
        var small = api.post("/api/pipes", "{\"id\":\"BL-1\"}");
        assertThat(small.status()).as("a small JSON body reaches the controller").isEqualTo(400);
    }
}
