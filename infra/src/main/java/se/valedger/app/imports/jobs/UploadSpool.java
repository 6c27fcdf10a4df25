package se.valedger.app.imports.jobs;

import jakarta.annotation.PreDestroy;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletRequestWrapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.UUID;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;
import se.valedger.app.imports.ImportSettings;

/**
 * Uploaded files on disk, never on the heap: every node writes into a directory of its own under
 * {@code valedger.imports.upload-dir} and holds a lock on it while it runs. At start, the directories of
 * nodes that no longer hold their lock (they crashed, or were killed) are removed with what they left.
 * A file belongs to whoever {@link Spooled#take takes} it (an import job); one nobody took is removed
 * when its request ends.
 */
@Component
public class UploadSpool {

    private static final Logger log = LoggerFactory.getLogger(UploadSpool.class);
    static final String LOCK = ".node.lock";
    static final String NODE_PREFIX = "node-";
    private static final Duration STARTING_GRACE = Duration.ofMinutes(1);

    private final Path directory;
    private final FileChannel lockChannel;
    private final FileLock lock;

    @Autowired
    UploadSpool(ImportSettings settings) throws IOException {
        this(settings.uploadDirOrDefault());
    }

    UploadSpool(Path root) throws IOException {
        Files.createDirectories(root);
        removeLeftovers(root);
        this.directory = Files.createDirectories(root.resolve(NODE_PREFIX + UUID.randomUUID()));
        this.lockChannel = FileChannel.open(directory.resolve(LOCK), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
        this.lock = lockChannel.lock();
    }

    /** Writes the stream to a file of this node, hashing it as it goes (for Idempotency-Key checks). */
    public Spooled spool(InputStream in) throws IOException {
        Path file = Files.createTempFile(directory, "upload-", ".tmp");
        try (in; OutputStream out = new DigestOutputStream(Files.newOutputStream(file), sha256())) {
            long bytes = in.transferTo(out);
            String hash = HexFormat.of().formatHex(((DigestOutputStream) out).getMessageDigest().digest());
            return new Spooled(file, bytes, hash);
        } catch (IOException | RuntimeException e) {
            Files.deleteIfExists(file);
            throw e;
        }
    }

    /** The body of the request as a file: the one already spooled for this request, or spooled now. */
    public Spooled body(ServletRequest request) throws IOException {
        for (ServletRequest r = request; ; r = ((ServletRequestWrapper) r).getRequest()) {
            if (r instanceof SpooledBody spooled) {
                return spooled.spooled();
            }
            if (!(r instanceof ServletRequestWrapper)) {
                break;
            }
        }
        return spool(request.getInputStream());
    }

    /** A request whose body was spooled to disk by an earlier filter. */
    public interface SpooledBody {
        Spooled spooled();
    }

    Path directory() {
        return directory;
    }

    /** An uploaded body on disk. {@link #close()} removes it unless it was taken. */
    public static final class Spooled implements AutoCloseable {

        private final Path file;
        private final long bytes;
        private final String sha256;
        private volatile boolean taken;

        Spooled(Path file, long bytes, String sha256) {
            this.file = file;
            this.bytes = bytes;
            this.sha256 = sha256;
        }

        public Path file() {
            return file;
        }

        public long bytes() {
            return bytes;
        }

        public String sha256() {
            return sha256;
        }

        /** From now on the caller removes the file. */
        public Path take() {
            taken = true;
            return file;
        }

        @Override
        public void close() {
            if (!taken) {
                delete(file);
            }
        }
    }

    static void delete(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void removeLeftovers(Path root) throws IOException {
        try (Stream<Path> nodes = Files.list(root)) {
            for (Path node : nodes.filter(p -> p.getFileName().toString().startsWith(NODE_PREFIX)).toList()) {
                if (!heldByLiveNode(node)) {
                    try {
                        long removed = removeTree(node);
                        log.info("Removed {} upload file(s) left by a node that stopped without cleaning up: {}", removed, node);
                    } catch (IOException e) {
                        // another node starting at the same moment may be removing the same leftovers
                        log.info("Could not remove the leftovers in {} ({}); the next start tries again", node, e.toString());
                    }
                }
            }
        }
    }

    private static boolean heldByLiveNode(Path node) {
        Path lockFile = node.resolve(LOCK);
        if (!Files.exists(lockFile)) {
            // a node that is starting right now has made its directory but not yet its lock
            return startedRecently(node);
        }
        try (FileChannel channel = FileChannel.open(lockFile, StandardOpenOption.WRITE)) {
            FileLock probe = channel.tryLock();
            if (probe == null) {
                return true;
            }
            probe.release();
            return false;
        } catch (OverlappingFileLockException sameProcess) {
            return true;
        } catch (IOException e) {
            return true;
        }
    }

    private static boolean startedRecently(Path node) {
        try {
            return Files.getLastModifiedTime(node).toInstant().isAfter(Instant.now().minus(STARTING_GRACE));
        } catch (IOException gone) {
            return true;
        }
    }

    private static long removeTree(Path node) throws IOException {
        long files;
        try (Stream<Path> walk = Files.walk(node)) {
            var paths = walk.sorted(Comparator.reverseOrder()).toList();
            files = paths.stream().filter(Files::isRegularFile).filter(p -> !p.endsWith(LOCK)).count();
            for (Path path : paths) {
                Files.deleteIfExists(path);
            }
        }
        return files;
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    @PreDestroy
    void stop() throws IOException {
        lock.release();
        lockChannel.close();
        removeTree(directory);
    }
}
