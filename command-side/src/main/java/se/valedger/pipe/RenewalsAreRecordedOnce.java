package se.valedger.pipe;

import java.util.Set;
import se.valedger.kernel.InvalidInput;

/**
 * A renewal sent with a key (a renewal plan's {@code planId/pipeId}) is recorded once: a repeat with a
 * key the pipe already holds changes nothing and is not an error, so the sender may retry freely.
 */
final class RenewalsAreRecordedOnce {

    private RenewalsAreRecordedOnce() {
    }

    static boolean alreadyRecorded(RenewPipe command, Set<String> recordedKeys) {
        String key = key(command);
        if (key != null && key.length() > 300) {
            throw new InvalidInput("renewalKey", "a renewal key is at most 300 characters");
        }
        return key != null && recordedKeys.contains(key);
    }

    static String key(RenewPipe command) {
        return command.renewalKey() == null || command.renewalKey().isBlank() ? null : command.renewalKey().strip();
    }
}
