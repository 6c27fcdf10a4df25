package se.valedger.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Failed sign-ins, counted per user name and client address. The first {@code free-failures} failures cost
 * nothing; each further one locks that pair out for a delay that doubles (base-delay, 2x, 4x ... up to
 * max-delay). A success clears the count. Kept in memory per node: a restart forgets, which only helps
 * someone who can restart the server anyway.
 */
@Component
public class LoginThrottle {

    private record Failures(int count, Instant lockedUntil, Instant last) {
    }

    private static final int MAX_TRACKED = 100_000;

    private final Map<String, Failures> failures = new ConcurrentHashMap<>();
    private final Clock clock;
    private final int freeFailures;
    private final Duration baseDelay;
    private final Duration maxDelay;

    LoginThrottle(Clock clock,
                  @Value("${valedger.login-throttle.free-failures:5}") int freeFailures,
                  @Value("${valedger.login-throttle.base-delay:1s}") Duration baseDelay,
                  @Value("${valedger.login-throttle.max-delay:15m}") Duration maxDelay) {
        this.clock = clock;
        this.freeFailures = freeFailures;
        this.baseDelay = baseDelay;
        this.maxDelay = maxDelay;
    }

    /** How long this user may not try from this address; zero when a try is allowed now. */
    public Duration lockedFor(String user, String address) {
        Failures f = failures.get(key(user, address));
        if (f == null || f.lockedUntil() == null) {
            return Duration.ZERO;
        }
        Duration left = Duration.between(clock.instant(), f.lockedUntil());
        return left.isNegative() ? Duration.ZERO : left;
    }

    public void failed(String user, String address) {
        Instant now = clock.instant();
        if (failures.size() > MAX_TRACKED) {
            failures.values().removeIf(f -> f.last().plus(maxDelay).isBefore(now));
        }
        failures.compute(key(user, address), (k, f) -> {
            int count = f == null ? 1 : f.count() + 1;
            Instant lockedUntil = count > freeFailures ? now.plus(delayAfter(count)) : null;
            return new Failures(count, lockedUntil, now);
        });
    }

    public void succeeded(String user, String address) {
        failures.remove(key(user, address));
    }

    Duration delayAfter(int count) {
        int doublings = Math.min(count - freeFailures - 1, 30);
        Duration delay = baseDelay.multipliedBy(1L << doublings);
        return delay.compareTo(maxDelay) > 0 ? maxDelay : delay;
    }

    private static String key(String user, String address) {
        return user.toLowerCase(java.util.Locale.ROOT) + "\u0000" + address;
    }
}
