package se.valedger.app.audit;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.concurrent.locks.ReentrantLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;
import se.valedger.app.StoredJson;

/**
 * Where attempts wait while the database cannot take them: an append-only file of JSON lines on this node
 * ({@code valedger.audit.spool-dir}, default {@code ./data/audit-spool}), each line written and fsync'd before
 * the caller is answered. The writer chains the lines in file order, before anything newer, once the database is
 * back, and then removes exactly the lines it chained. The file is locked while it changes, so nodes sharing the
 * directory neither interleave lines nor drop each other's.
 */
@Component
class AuditSpool {

    private static final Logger log = LoggerFactory.getLogger(AuditSpool.class);
    private static final ObjectMapper JSON = StoredJson.mapper();

    /** One spooled attempt with the writer's id for it, so it is chained once even if it was also written. */
    record Line(String id, AuditAttempt attempt) {
    }

    private final Path file;
    private final ReentrantLock inThisNode = new ReentrantLock();
    private volatile boolean mayHoldLines = true;

    @Autowired
    AuditSpool(AuditSettings settings) {
        this(settings.spoolDir());
    }

    AuditSpool(Path directory) {
        this.file = directory.resolve("spool.jsonl");
        try {
            Files.createDirectories(directory);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create the audit spool directory " + directory.toAbsolutePath(), e);
        }
    }

    Path file() {
        return file;
    }

    /** Appends the attempts and forces them to disk before returning. */
    void append(Collection<Line> lines) {
        if (lines.isEmpty()) {
            return;
        }
        StringBuilder text = new StringBuilder();
        for (Line line : lines) {
            try {
                text.append(JSON.writeValueAsString(line)).append('\n');
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        locked(channel -> {
            channel.position(channel.size());
            channel.write(ByteBuffer.wrap(text.toString().getBytes(StandardCharsets.UTF_8)));
            channel.force(true);
            return null;
        });
        mayHoldLines = true;
        log.warn("Audit: {} entries spooled to {} until the database takes them", lines.size(), file.toAbsolutePath());
    }

    /** Cheap check whether there may be lines to chain (another node sharing the directory may add some). */
    boolean isEmpty() {
        if (!mayHoldLines) {
            return true;
        }
        try {
            boolean empty = !Files.exists(file) || Files.size(file) == 0;
            mayHoldLines = !empty;
            return empty;
        } catch (IOException e) {
            return false;
        }
    }

    /** The lines in file order; a torn last line (the node died while writing it) is left for the next read. */
    List<Line> lines() {
        return locked(channel -> {
            List<Line> lines = new ArrayList<>();
            String text = Files.readString(file, StandardCharsets.UTF_8);
            for (String row : text.split("\n")) {
                if (row.isBlank()) {
                    continue;
                }
                try {
                    lines.add(JSON.readValue(row, Line.class));
                } catch (IOException torn) {
                    log.error("Audit spool {}: an unreadable line is kept in the file for inspection: {}", file, row);
                }
            }
            return lines;
        });
    }

    /** Removes the lines with these ids (chained), keeping everything else, also lines added meanwhile. */
    void remove(Set<String> ids) {
        if (ids.isEmpty()) {
            return;
        }
        locked(channel -> {
            StringBuilder kept = new StringBuilder();
            for (String row : Files.readString(file, StandardCharsets.UTF_8).split("\n")) {
                if (row.isBlank()) {
                    continue;
                }
                String id;
                try {
                    id = JSON.readTree(row).path("id").asText(null);
                } catch (IOException unreadable) {
                    id = null;
                }
                if (id == null || !ids.contains(id)) {
                    kept.append(row).append('\n');
                }
            }
            Path temp = file.resolveSibling("spool.jsonl.tmp");
            try (FileChannel out = FileChannel.open(temp, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                    StandardOpenOption.TRUNCATE_EXISTING)) {
                out.write(ByteBuffer.wrap(kept.toString().getBytes(StandardCharsets.UTF_8)));
                out.force(true);
            }
            Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            mayHoldLines = kept.length() > 0;
            return null;
        });
    }

    private interface WithChannel<T> {
        T apply(FileChannel channel) throws IOException;
    }

    /** The lock file is separate from the spool, which {@link #remove} replaces. */
    private <T> T locked(WithChannel<T> work) {
        inThisNode.lock();
        try (FileChannel lock = FileChannel.open(file.resolveSibling("spool.lock"), StandardOpenOption.CREATE,
                StandardOpenOption.WRITE);
             FileLock held = lock.lock();
             FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                     StandardOpenOption.READ)) {
            return work.apply(channel);
        } catch (IOException e) {
            throw new UncheckedIOException("audit spool " + file.toAbsolutePath(), e);
        } finally {
            inThisNode.unlock();
        }
    }
}
