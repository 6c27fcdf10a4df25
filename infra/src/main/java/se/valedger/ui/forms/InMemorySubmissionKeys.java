package se.valedger.ui.forms;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Keys kept in this node's memory for a day. UI sessions live on one node too, so a retry reaches
 * the node that saw the first attempt. To be replaced by the API's persistent Idempotency-Key store
 * when it exists (see README, "Web UI").
 */
/** Not a bean any more: {@code StoredSubmissionKeys} keeps keys in the database. Kept for tests without one. */
class InMemorySubmissionKeys implements SubmissionKeys {

    static final Duration KEEP = Duration.ofHours(24);
    static final int MAX_KEYS = 200_000;

    private final Map<String, Entry> entries = new ConcurrentHashMap<>();
    private final Clock clock = Clock.systemUTC();

    private record Entry(String outcome, Instant at) {
    }

    @Override
    public Optional<Earlier> claim(String user, String key) {
        Instant now = clock.instant();
        if (entries.size() > MAX_KEYS) {
            entries.values().removeIf(entry -> entry.at().isBefore(now.minus(KEEP)));
        }
        Entry previous = entries.putIfAbsent(id(user, key), new Entry(null, now));
        if (previous == null || previous.at().isBefore(now.minus(KEEP))) {
            entries.put(id(user, key), new Entry(null, now));
            return Optional.empty();
        }
        return Optional.of(new Earlier(previous.outcome()));
    }

    @Override
    public void complete(String user, String key, String outcome) {
        entries.put(id(user, key), new Entry(outcome, clock.instant()));
    }

    @Override
    public void release(String user, String key) {
        entries.remove(id(user, key));
    }

    private static String id(String user, String key) {
        return user + '\u0000' + key;
    }
}
