package se.valedger.app.audit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * The key of the audit chain's HMAC, held by the nodes and never by the database: {@code valedger.audit.chain-key}
 * (the key's text) or else the file {@code valedger.audit.chain-key-file} (default {@code ./data/audit-chain.key}).
 * If neither exists, a random 256-bit key is written to that file at first start and a warning says where: every
 * node must use the same key (copy the file or set the same {@code chain-key}), and whoever checks an export needs it.
 * The key's bytes are the UTF-8 bytes of its text, trimmed.
 */
@Component
public class ChainKey {

    private static final Logger log = LoggerFactory.getLogger(ChainKey.class);
    private final byte[] key;

    @Autowired
    ChainKey(AuditSettings settings) {
        this(settings.chainKey(), settings.chainKeyFile());
    }

    ChainKey(String configured, Path file) {
        this.key = (configured.isBlank() ? fromFile(file) : configured.trim()).getBytes(StandardCharsets.UTF_8);
    }

    private static String fromFile(Path file) {
        try {
            if (!Files.exists(file)) {
                generate(file);
            }
            String text = Files.readString(file, StandardCharsets.UTF_8).trim();
            if (text.isEmpty()) {
                throw new IllegalStateException("the audit chain key file " + file.toAbsolutePath() + " is empty");
            }
            return text;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the audit chain key " + file.toAbsolutePath(), e);
        }
    }

    /** Written next to its final name and linked into place, so two nodes starting together agree on one key. */
    private static void generate(Path file) throws IOException {
        Path dir = file.toAbsolutePath().getParent();
        Files.createDirectories(dir);
        byte[] random = new byte[32];
        new SecureRandom().nextBytes(random);
        Path temp = Files.createTempFile(dir, "audit-chain", ".key", PosixFilePermissions.asFileAttribute(
                PosixFilePermissions.fromString("rw-------")));
        try {
            Files.writeString(temp, HexFormat.of().formatHex(random) + "\n");
            Files.createLink(file, temp);
            log.warn("No audit chain key was configured: generated one in {}. Every node must use this same key "
                    + "(copy the file or set valedger.audit.chain-key), and keep it away from the database administrators.",
                    file.toAbsolutePath());
        } catch (FileAlreadyExistsException anotherNodeWasFirst) {
            // use theirs
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    /** hex(HMAC-SHA-256(key, text as UTF-8)). */
    public String hmac(String text) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            return HexFormat.of().formatHex(mac.doFinal(text.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
