package se.valedger.security;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.InternalAuthenticationServiceException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

/**
 * The one place where user names and passwords are checked, for HTTP Basic on the API and actuator and for the
 * UI's form login alike: whatever header or form Spring Security accepted, the attempt passes the
 * {@link LoginThrottle} here, reserved before the password is checked.
 * <p>
 * Credentials that succeeded in the last few minutes skip the reservation (never the check itself), so a
 * script sending many parallel requests with the right password is not refused for being busy; a locked
 * pair is refused even then. Only a SHA-256 of user name and password is kept, in memory.
 */
final class ThrottledAuthenticationProvider implements AuthenticationProvider {

    private static final int MAX_REMEMBERED = 10_000;
    private static final long POLL_MILLIS = 20;

    private final AuthenticationProvider passwords;
    private final LoginThrottle throttle;
    private final long rememberNanos;
    /**
     * How long an attempt that finds others for the same user and address still being checked waits for their
     * verdicts (the first sign-ins of a parallel script: once one succeeds, the rest pass) before it is refused.
     */
    private final Duration maxWaitWhileBusy;
    private final Map<String, Long> recentlyVerified = new ConcurrentHashMap<>();

    ThrottledAuthenticationProvider(AuthenticationProvider passwords, LoginThrottle throttle, Duration remember,
                                    Duration maxWaitWhileBusy) {
        this.passwords = passwords;
        this.throttle = throttle;
        this.rememberNanos = remember.toNanos();
        this.maxWaitWhileBusy = maxWaitWhileBusy;
    }

    @Override
    public Authentication authenticate(Authentication attempt) throws AuthenticationException {
        String user = attempt.getName() == null ? "" : attempt.getName();
        String address = attempt.getDetails() instanceof WebAuthenticationDetails web && web.getRemoteAddress() != null
                ? web.getRemoteAddress() : "unknown";
        Duration locked = throttle.lockedFor(user, address);
        if (!locked.isZero()) {
            throw new SignInThrottled(locked);
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
                throw new SignInThrottled(reservation.retryAfter());
            }
            pause();
        }
        Authentication result;
        try {
            result = passwords.authenticate(attempt);
        } catch (InternalAuthenticationServiceException storeUnreachable) {
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
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
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
