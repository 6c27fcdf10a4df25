package se.valedger.http.idempotency;

import java.util.Optional;
import java.util.UUID;

/**
 * Makes a form submission safe to retry. Every rendered form carries a fresh key; the first submission
 * with a key claims it, runs, and records where it led; a repeat (a retry after a dropped connection,
 * a double tap) is sent to the same place instead of running again. A failed submission releases
 * the key so the person can correct the form and send it again.
 */
public interface SubmissionKeys {

    String FIELD = "idempotencyKey";

    /** Claims {@code key} for {@code user}: empty if it is new (go ahead), else what happened to it. */
    Optional<Earlier> claim(String user, String key);

    void complete(String user, String key, String outcome);

    void release(String user, String key);

    static String newKey() {
        return UUID.randomUUID().toString();
    }

    static boolean wellFormed(String key) {
        if (key == null || key.length() != 36) {
            return false;
        }
        try {
            return UUID.fromString(key).toString().equals(key.toLowerCase());
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    /** An earlier submission with the same key: still running (outcome null) or done. */
    record Earlier(String outcome) {

        public boolean running() {
            return outcome == null;
        }
    }
}
