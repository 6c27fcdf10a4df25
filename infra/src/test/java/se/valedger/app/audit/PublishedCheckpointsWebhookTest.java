package se.valedger.app.audit;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpServer;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A checkpoint sink of the operator's choice: a webhook receives each checkpoint as signed JSON. */
class PublishedCheckpointsWebhookTest {

    @TempDir
    Path dir;

    @Test
    void aCheckpointIsPostedAsJsonWithItsSignatureToTheWebhook() throws Exception {
        BlockingQueue<String> received = new ArrayBlockingQueue<>(4);
        HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/checkpoints", exchange -> {
            received.add(exchange.getRequestHeaders().getFirst("Content-Type") + " "
                    + new String(exchange.getRequestBody().readAllBytes()));
            exchange.sendResponseHeaders(204, -1);
            exchange.close();
        });
        server.start();
        try {
            Files.writeString(dir.resolve("key"), "test-key");
            ChainKey key = new ChainKey("", dir.resolve("key"));
            PublishedCheckpoints sink = new PublishedCheckpoints("webhook", dir.resolve("unused.jsonl"),
                    "http://127.0.0.1:" + server.getAddress().getPort() + "/checkpoints", key);
            String hash = "ab".repeat(32);
            sink.publish(new AuditLog.Checkpoint(42, hash, LocalDate.of(2026, 12, 3), Instant.parse("2026-12-03T18:00:00Z"),
                    sink.signature(42, hash)));
            String body = received.poll(10, TimeUnit.SECONDS);
            assertThat(body).startsWith("application/json ");
            JsonNode json = new ObjectMapper().readTree(body.substring(body.indexOf(' ') + 1));
            assertThat(json.get("seq").asLong()).isEqualTo(42);
            assertThat(json.get("headHash").asText()).isEqualTo(hash);
            assertThat(json.get("signature").asText()).isEqualTo(key.hmac("checkpoint\n42\n" + hash));
            assertThat(Files.exists(dir.resolve("unused.jsonl"))).isFalse();
        } finally {
            server.stop(0);
        }
    }

    @Test
    void aKeyFileIsGeneratedOnceAndReusedByTheNextNode() throws Exception {
        Path file = dir.resolve("data").resolve("audit-chain.key");
        ChainKey first = new ChainKey("", file);
        ChainKey second = new ChainKey("", file);
        assertThat(Files.readString(file).trim()).hasSize(64);
        assertThat(second.hmac("x")).isEqualTo(first.hmac("x"));
        assertThat(new ChainKey("other", file).hmac("x")).isNotEqualTo(first.hmac("x"));
    }
}
