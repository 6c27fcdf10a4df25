package se.valedger.boot.security;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.AuthenticationServiceException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

/**
 * The one place where user names and passwords are checked, for HTTP Basic on the API and actuator and for the
 * UI's form login alike: whatever header or form Spring Security accepted, the attempt passes the
 * {@link LoginThrottle} here, reserved before the password is checked. Bearer tokens (OIDC) pass the same
 * throttle in front of the resource server's token check ({@link #forBearerTokens}), counted per client address
 * alone, since a bad token names no user we could trust.
 * <p>
 * Credentials that succeeded in the last few minutes skip the reservation (never the check itself), so a
 * script sending many parallel requests with the right password is not refused for being busy; a locked
 * pair is refused even then. Only a SHA-256 of user name and password is kept, in memory.
 */
final class ThrottledAuthenticationProvider implements AuthenticationProvider {

    private static final int MAX_REMEMBERED = 10_000;
    private static final long POLL_MILLIS = 20;

    /**
     * The name bearer-token attempts are counted under, with the client address. The control character keeps it
     * apart from every user name (user names are printable text).
     */
    static final String BEARER_TOKENS = "\u0001bearer token";

    private final AuthenticationProvider passwords;
    private final LoginThrottle throttle;
    private final boolean bearer;
    private final long rememberNanos;
    /**
     * How long an attempt that finds others for the same user and address still being checked waits for their
     * verdicts (the first sign-ins of a parallel script: once one succeeds, the rest pass) before it is refused.
     */
    private final Duration maxWaitWhileBusy;
    private final Map<String, Long> recentlyVerified = new ConcurrentHashMap<>();

    ThrottledAuthenticationProvider(AuthenticationProvider passwords, LoginThrottle throttle, Duration remember,
                                    Duration maxWaitWhileBusy) {
        this(passwords, throttle, remember, maxWaitWhileBusy, false);
    }

    private ThrottledAuthenticationProvider(AuthenticationProvider passwords, LoginThrottle throttle, Duration remember,
                                            Duration maxWaitWhileBusy, boolean bearer) {
        this.bearer = bearer;
        this.passwords = passwords;
        this.throttle = throttle;
        this.rememberNanos = remember.toNanos();
        this.maxWaitWhileBusy = maxWaitWhileBusy;
    }

    /** The resource server's token check behind the throttle, keyed by client address only. */
    static ThrottledAuthenticationProvider forBearerTokens(AuthenticationProvider tokens, LoginThrottle throttle,
                                                           Duration remember, Duration maxWaitWhileBusy) {
        return new ThrottledAuthenticationProvider(tokens, throttle, remember, maxWaitWhileBusy, true);
    }

    @Override
    public Authentication authenticate(Authentication attempt) throws AuthenticationException {
        String user = bearer ? BEARER_TOKENS : attempt.getName() == null ? "" : attempt.getName();
        String address = attempt.getDetails() instanceof WebAuthenticationDetails web && web.getRemoteAddress() != null
                ? web.getRemoteAddress() : "unknown";
        Duration locked = throttle.lockedFor(user, address);
        if (!locked.isZero()) {
            throw throttled(locked);
        }
        String credential = RememberingPasswordEncoder.digest(user + '\u0000' + attempt.getCredentials());
        long giveUpAt = System.nanoTime() + maxWaitWhileBusy.toNanos();
        while (true) {
            if (verifiedRecently(credential)) {
                return passwords.authenticate(attempt);
            }
            LoginThrottle.Reservation reservation = throttle.reserve(user, address);
            if (reservation.allowed()) {
                break;
            }
            if (!reservation.busy() || System.nanoTime() - giveUpAt > 0) {
                throw throttled(reservation.retryAfter());
            }
            pause();
        }
        Authentication result;
        try {
            result = passwords.authenticate(attempt);
        } catch (AuthenticationServiceException storeUnreachable) {
            // The user store, or the identity provider's key set, could not be reached: no verdict on the credential.
            throttle.released(user, address);
            throw storeUnreachable;
        } catch (RuntimeException refused) {
            throttle.failed(user, address);
            throw refused;
        }
        throttle.succeeded(user, address);
        remember(credential);
        return result;
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return bearer ? passwords.supports(authentication)
                : UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }

    private SignInThrottled throttled(Duration retryAfter) {
        return bearer ? new SignInThrottled(retryAfter, "Too many failed bearer tokens from this address") : new SignInThrottled(retryAfter);
    }

    private static void pause() {
        try {
            Thread.sleep(POLL_MILLIS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new SignInThrottled(Duration.ofSeconds(1));
        }
    }

    private boolean verifiedRecently(String credential) {
        Long until = recentlyVerified.get(credential);
        return until != null && until - System.nanoTime() > 0;
    }

    private void remember(String credential) {
        if (recentlyVerified.size() >= MAX_REMEMBERED) {
            recentlyVerified.clear();
        }
        recentlyVerified.put(credential, System.nanoTime() + rememberNanos);
    }
}
