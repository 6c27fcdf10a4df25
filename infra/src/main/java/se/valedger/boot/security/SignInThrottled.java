package se.valedger.boot.security;

import java.time.Duration;
import org.springframework.security.core.AuthenticationException;

/** A sign-in refused by the {@link LoginThrottle} before its password was checked. */
public class SignInThrottled extends AuthenticationException {

    private final long retryAfterSeconds;

    SignInThrottled(Duration retryAfter) {
        this(retryAfter, "Too many failed sign-ins for this user from this address");
    }

    SignInThrottled(Duration retryAfter, String reason) {
        super(reason);
        this.retryAfterSeconds = Math.max(1, (retryAfter.toMillis() + 999) / 1000);
    }

    public long retryAfterSeconds() {
        return retryAfterSeconds;
    }
}
