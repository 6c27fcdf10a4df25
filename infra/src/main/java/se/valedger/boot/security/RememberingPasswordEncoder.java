package se.valedger.boot.security;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.HexFormat;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * BCrypt, with successful checks remembered for a few minutes. HTTP Basic sends the password on
 * every call, and a BCrypt check costs tens of milliseconds of CPU: without this, a script sending
 * commands spends most of the server's CPU on hashing. Only a SHA-256 of (stored hash, password)
 * is kept, and a changed password has a new stored hash, so it never matches an old entry.
 */
final class RememberingPasswordEncoder implements PasswordEncoder {

    private static final int MAX_ENTRIES = 10_000;

    private final PasswordEncoder delegate;
    private final long ttlNanos;
    private final Map<String, Long> remembered = new ConcurrentHashMap<>();

    RememberingPasswordEncoder(PasswordEncoder delegate, Duration ttl) {
        this.delegate = delegate;
        this.ttlNanos = ttl.toNanos();
    }

    @Override
    public String encode(CharSequence rawPassword) {
        return delegate.encode(rawPassword);
    }

    @Override
    public boolean matches(CharSequence rawPassword, String encodedPassword) {
        if (rawPassword == null || encodedPassword == null) {
            return delegate.matches(rawPassword, encodedPassword);
        }
        String key = digest(encodedPassword + '\u0000' + rawPassword);
        Long until = remembered.get(key);
        long now = System.nanoTime();
        if (until != null && until - now > 0) {
            return true;
        }
        boolean matches = delegate.matches(rawPassword, encodedPassword);
        if (matches) {
            if (remembered.size() >= MAX_ENTRIES) {
                remembered.clear();
            }
            remembered.put(key, now + ttlNanos);
        }
        return matches;
    }

    @Override
    public boolean upgradeEncoding(String encodedPassword) {
        return delegate.upgradeEncoding(encodedPassword);
    }

    /** SHA-256 of the text, hex: what is kept of a credential in memory. */
    static String digest(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
