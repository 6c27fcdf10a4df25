package se.valedger.security;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.concurrent.ConcurrentHashMap;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

/**
 * HTTP Basic sends the password on every request, and bcrypt is meant to be slow: checked each time
 * it cost about 100 ms of CPU per call and capped the API at a few requests a second on two cores.
 * This provider checks a user's password with bcrypt once and then, for a short time, accepts the
 * same user name and password by an HMAC fingerprint (keyed with a secret that lives only in this
 * process; the password itself is never kept). A wrong password is always checked by bcrypt and
 * drops the entry. A disabled account or changed password takes effect within the time to live
 * ({@code valedger.security.verified-credentials-ttl}, 0 turns the cache off), or at once through
 * {@link #forget(String)}.
 */
@Component
public class VerifiedCredentialsCache implements AuthenticationProvider {

    private static final int MAX_ENTRIES = 10_000;

    private final DaoAuthenticationProvider bcrypt;
    private final long ttlNanos;
    private final byte[] secret = new byte[32];
    private final ConcurrentHashMap<String, Entry> verified = new ConcurrentHashMap<>();

    private record Entry(byte[] fingerprint, Authentication result, long expiresAt) {
    }

    VerifiedCredentialsCache(UserAccounts accounts, PasswordEncoder passwordEncoder,
                             @Value("${valedger.security.verified-credentials-ttl:30s}") Duration ttl) {
        this.bcrypt = new DaoAuthenticationProvider(passwordEncoder);
        this.bcrypt.setUserDetailsService(accounts);
        this.ttlNanos = ttl.toNanos();
        new SecureRandom().nextBytes(secret);
    }

    @Override
    public Authentication authenticate(Authentication authentication) throws AuthenticationException {
        String username = authentication.getName();
        Object credentials = authentication.getCredentials();
        if (ttlNanos <= 0 || username == null || !(credentials instanceof String password)) {
            return bcrypt.authenticate(authentication);
        }
        byte[] fingerprint = fingerprint(username, password);
        Entry entry = verified.get(username);
        long now = System.nanoTime();
        if (entry != null && now - entry.expiresAt() < 0 && MessageDigest.isEqual(entry.fingerprint(), fingerprint)) {
            return entry.result();
        }
        try {
            Authentication result = bcrypt.authenticate(authentication);
            if (verified.size() >= MAX_ENTRIES) {
                verified.clear();
            }
            verified.put(username, new Entry(fingerprint, result, now + ttlNanos));
            return result;
        } catch (AuthenticationException e) {
            verified.remove(username);
            throw e;
        }
    }

    /** Makes the next request of this user go through bcrypt and the account's current state again. */
    public void forget(String username) {
        verified.remove(username);
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }

    private byte[] fingerprint(String username, String password) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret, "HmacSHA256"));
            mac.update(username.getBytes(StandardCharsets.UTF_8));
            mac.update((byte) 0);
            return mac.doFinal(password.getBytes(StandardCharsets.UTF_8));
        } catch (java.security.GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every JDK", e);
        }
    }
}
