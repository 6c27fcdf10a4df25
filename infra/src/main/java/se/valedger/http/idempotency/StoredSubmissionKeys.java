package se.valedger.http.idempotency;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The UI's form keys in the API's idempotency store ({@code reliability.idempotent_request}), keyed on
 * (user, key) like an {@code Idempotency-Key}: a retry after a restart, or on another node, still finds
 * the first submission. A form's answer is stored as a 303 whose Location is where the submission led.
 * A claim left unfinished by a crash is taken over after {@link #ABANDONED}.
 */
@Component
class StoredSubmissionKeys implements SubmissionKeys {

    static final Duration ABANDONED = Duration.ofMinutes(2);
    private static final String METHOD = "FORM";

    private final IdempotencyStore store;
    private final JdbcTemplate jdbc;

    StoredSubmissionKeys(IdempotencyStore store, JdbcTemplate jdbc) {
        this.store = store;
        this.jdbc = jdbc;
    }

    @Override
    public Optional<Earlier> claim(String user, String key) {
        String storeKey = storeKey(key);
        Optional<StoredAnswer> earlier = store.claim(new IdempotencyStore.Claim(user, storeKey, hash(key), METHOD, "ui-form"));
        if (earlier.isEmpty()) {
            return Optional.empty();
        }
        String location = earlier.get().headers().getOrDefault("Location", List.of()).stream().findFirst().orElse(null);
        if (location == null && abandoned(user, storeKey)) {
            store.release(user, storeKey);
            return claim(user, key);
        }
        return Optional.of(new Earlier(location));
    }

    @Override
    public void complete(String user, String key, String outcome) {
        store.complete(new IdempotencyStore.Claim(user, storeKey(key), hash(key), METHOD, "ui-form"),
                StoredAnswer.redirect(hash(key), METHOD, "ui-form", outcome));
    }

    @Override
    public void release(String user, String key) {
        store.release(user, storeKey(key));
    }

    private boolean abandoned(String user, String storeKey) {
        Boolean old = jdbc.queryForObject("""
                SELECT created_at < now() - ?::interval FROM reliability.idempotent_request
                WHERE user_name = ? AND idem_key = ? AND status IS NULL""", Boolean.class,
                ABANDONED.toSeconds() + " seconds", user, storeKey);
        return Boolean.TRUE.equals(old);
    }

    /** Form keys live beside API keys; the prefix keeps a form's UUID from meeting an API client's. */
    private static String storeKey(String key) {
        return "ui:" + key;
    }

    private static String hash(String key) {
        return IdempotencyStore.hash(METHOD, "ui-form", "form", key.getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }
}
