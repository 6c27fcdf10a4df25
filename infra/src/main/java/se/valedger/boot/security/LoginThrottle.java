package se.valedger.boot.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.stereotype.Component;

/**
 * Failed sign-ins, counted per user name and client address. The first {@code free-failures} failures cost
 * nothing; each further one locks that pair out for a delay that doubles (base-delay, 2x, 4x ... up to
 * max-delay). A success clears the count. Kept in memory per node: a restart forgets, which only helps
 * someone who can restart the server anyway.
 * <p>
 * Every password check first {@linkplain #reserve reserves} its attempt, atomically: an attempt whose outcome
 * is not known yet counts as a possible failure. So parallel guesses cannot all be checked before the lock
 * engages: at most {@code free-failures + 1} unresolved-or-failed attempts are ever checked before a lock, and
 * once the free failures are used up only one attempt at a time is checked.
 */
@Component
public class LoginThrottle {

    private record Failures(int count, int inFlight, Instant lockedUntil, Instant last) {

        boolean locked(Instant now) {
            return lockedUntil != null && lockedUntil.isAfter(now);
        }
    }

    /**
     * The answer to a reservation: allowed now; or {@code busy}, refused only because other attempts for this pair
     * are still being checked (asking again shortly may succeed); or locked until {@code retryAfter} has passed.
     */
    public record Reservation(boolean allowed, boolean busy, Duration retryAfter) {
    }

    private static final int MAX_TRACKED = 100_000;
    /** Retry-After for an attempt refused only because another one for the same pair is being checked. */
    private static final Duration BUSY = Duration.ofSeconds(1);

    private final Map<String, Failures> failures = new ConcurrentHashMap<>();
    private final Clock clock;
    private final int freeFailures;
    private final Duration baseDelay;
    private final Duration maxDelay;

    LoginThrottle(Clock clock, LoginThrottleSettings settings) {
        this.clock = clock;
        this.freeFailures = settings.freeFailures();
        this.baseDelay = settings.baseDelay();
        this.maxDelay = settings.maxDelay();
    }

    /** How long this user may not try from this address; zero when a try is allowed now. */
    public Duration lockedFor(String user, String address) {
        Failures f = failures.get(key(user, address));
        Instant now = clock.instant();
        if (f == null || !f.locked(now)) {
            return Duration.ZERO;
        }
        return Duration.between(now, f.lockedUntil());
    }

    /**
     * Claims one attempt for this pair before its password is checked. An allowed reservation must be ended
     * by exactly one of {@link #failed}, {@link #succeeded} or {@link #released}.
     */
    public Reservation reserve(String user, String address) {
        Instant now = clock.instant();
        forgetOldPairs(now);
        Reservation[] answer = new Reservation[1];
        failures.compute(key(user, address), (k, f) -> {
            Failures current = f == null ? new Failures(0, 0, null, now) : f;
            if (current.locked(now)) {
                answer[0] = new Reservation(false, false, Duration.between(now, current.lockedUntil()));
                return current;
            }
            boolean budgetLeft = current.inFlight() == 0 || current.count() + current.inFlight() <= freeFailures;
            if (!budgetLeft) {
                answer[0] = new Reservation(false, true, BUSY);
                return current;
            }
            answer[0] = new Reservation(true, false, Duration.ZERO);
            return new Failures(current.count(), current.inFlight() + 1, current.lockedUntil(), now);
        });
        return answer[0];
    }

    /** A reserved attempt was checked and failed. */
    public void failed(String user, String address) {
        Instant now = clock.instant();
        failures.compute(key(user, address), (k, f) -> {
            int count = f == null ? 1 : f.count() + 1;
            int inFlight = f == null ? 0 : Math.max(0, f.inFlight() - 1);
            Instant lockedUntil = count > freeFailures ? now.plus(delayAfter(count)) : null;
            return new Failures(count, inFlight, lockedUntil, now);
        });
    }

    /** A reserved attempt succeeded: the pair starts afresh (other attempts still being checked stay counted). */
    public void succeeded(String user, String address) {
        failures.computeIfPresent(key(user, address), (k, f) -> f.inFlight() <= 1 ? null
                : new Failures(0, f.inFlight() - 1, null, f.last()));
    }

    /** A reserved attempt ended without a verdict on the password (e.g. the user store was unreachable). */
    public void released(String user, String address) {
        failures.computeIfPresent(key(user, address), (k, f) -> f.inFlight() <= 1 && f.count() == 0 ? null
                : new Failures(f.count(), Math.max(0, f.inFlight() - 1), f.lockedUntil(), f.last()));
    }

    Duration delayAfter(int count) {
        int doublings = Math.min(count - freeFailures - 1, 30);
        Duration delay = baseDelay.multipliedBy(1L << doublings);
        return delay.compareTo(maxDelay) > 0 ? maxDelay : delay;
    }

    private void forgetOldPairs(Instant now) {
        if (failures.size() > MAX_TRACKED) {
            failures.values().removeIf(f -> f.inFlight() == 0 && f.last().plus(maxDelay).isBefore(now));
        }
    }

    private static String key(String user, String address) {
        return user.toLowerCase(java.util.Locale.ROOT) + "\u0000" + address;
    }
}
