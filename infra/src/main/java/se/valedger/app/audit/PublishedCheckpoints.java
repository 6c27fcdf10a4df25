package se.valedger.app.audit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * Checkpoints published outside the database, where its administrators cannot rewrite them
 * ({@code valedger.audit.checkpoint-sink}): {@code file} (default; an append-only JSON-lines file,
 * {@code valedger.audit.checkpoint-file}, default {@code ./data/audit-checkpoints.jsonl}, fsync'd; point it at
 * storage the DBAs cannot write), {@code webhook} (each checkpoint POSTed as JSON to
 * {@code valedger.audit.checkpoint-webhook-url}), or {@code none}. Each is signed: {@link #signature} is the
 * HMAC of {@code "checkpoint\n" + seq + "\n" + headHash} with the chain key. Syslog is not offered.
 */
@Component
class PublishedCheckpoints {

    private static final Logger log = LoggerFactory.getLogger(PublishedCheckpoints.class);
    private static final ObjectMapper JSON = new ObjectMapper();

    /** A checkpoint as published: where the chain's head was, and the signature proving who said so. */
    record Published(long seq, String headHash, String takenAt, String signature) {
    }

    private final String sink;
    private final Path file;
    private final URI webhook;
    private final ChainKey key;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @Autowired
    PublishedCheckpoints(AuditSettings settings, ChainKey key) {
        this(settings.checkpointSink(), settings.checkpointFile(), settings.checkpointWebhookUrl(), key);
    }

    PublishedCheckpoints(String sink, Path file, String webhook, ChainKey key) {
        this.sink = sink.trim().toLowerCase(Locale.ROOT);
        if (!List.of("file", "webhook", "none").contains(this.sink)) {
            throw new IllegalStateException("valedger.audit.checkpoint-sink is file, webhook or none, not '" + sink + "'");
        }
        if (this.sink.equals("webhook") && webhook.isBlank()) {
            throw new IllegalStateException("valedger.audit.checkpoint-sink=webhook needs valedger.audit.checkpoint-webhook-url");
        }
        this.file = file;
        this.webhook = webhook.isBlank() ? null : URI.create(webhook);
        this.key = key;
    }

    Path file() {
        return file;
    }

    String signature(long seq, String headHash) {
        return key.hmac("checkpoint\n" + seq + "\n" + headHash);
    }

    boolean signedByUs(Published published) {
        return published.signature() != null && published.signature().equals(signature(published.seq(), published.headHash()));
    }

    /** Publishes the checkpoint; a sink that fails is logged, the checkpoint stays in the database. */
    void publish(AuditLog.Checkpoint checkpoint) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("seq", checkpoint.seq());
        json.put("headHash", checkpoint.headHash());
        json.put("takenAt", checkpoint.takenAt().toString());
        json.put("signature", checkpoint.signature());
        try {
            byte[] line = JSON.writeValueAsBytes(json);
            switch (sink) {
                case "file" -> appendToFile(line);
                case "webhook" -> post(line);
                default -> {
                }
            }
        } catch (IOException | RuntimeException e) {
            log.error("Audit checkpoint {} could not be published to the {} sink; it is kept in audit.checkpoint",
                    checkpoint.seq(), sink, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** What this node's file sink holds (empty for other sinks: a webhook's receiver keeps its own). */
    List<Published> fromFile() {
        List<Published> published = new ArrayList<>();
        if (!sink.equals("file") || !Files.exists(file)) {
            return published;
        }
        try {
            for (String row : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                if (row.isBlank()) {
                    continue;
                }
                JsonNode node = JSON.readTree(row);
                published.add(new Published(node.path("seq").asLong(), node.path("headHash").asText(),
                        node.path("takenAt").asText(null), node.path("signature").asText(null)));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the published checkpoints " + file.toAbsolutePath(), e);
        }
        return published;
    }

    private void appendToFile(byte[] line) throws IOException {
        Path dir = file.toAbsolutePath().getParent();
        Files.createDirectories(dir);
        synchronized (this) {
            try (FileChannel out = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                    StandardOpenOption.APPEND); var lock = out.lock()) {
                out.write(ByteBuffer.wrap((new String(line, StandardCharsets.UTF_8) + "\n").getBytes(StandardCharsets.UTF_8)));
                out.force(true);
            }
        }
    }

    private void post(byte[] json) throws IOException, InterruptedException {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(webhook).timeout(Duration.ofSeconds(10))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofByteArray(json)).build(),
                HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() / 100 != 2) {
            throw new IOException("webhook answered " + response.statusCode());
        }
    }
}
