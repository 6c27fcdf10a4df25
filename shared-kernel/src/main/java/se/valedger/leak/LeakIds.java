package se.valedger.leak;

import java.nio.charset.StandardCharsets;
import java.util.UUID;

/**
 * The one maker of the ids of leaks reported in the field, {@code LEAK-<uuid>}, as the API has always answered them.
 * A report through the API gets a random one; a report from a form gets one derived from the user and the form's
 * submission key, so a form sent twice names the same leak and is recognised as the same submission. A leak taken
 * from another system's records keeps that system's id behind the source's name ({@code LADWP-1234}), so importing
 * the same file again names the same leaks.
 */
public final class LeakIds {

    public static final String PREFIX = "LEAK-";

    private LeakIds() {
    }

    public static String newReport() {
        return PREFIX + UUID.randomUUID();
    }

    public static String ofSubmission(String user, String submissionKey) {
        return PREFIX + UUID.nameUUIDFromBytes((user + ":" + submissionKey).getBytes(StandardCharsets.UTF_8));
    }

    public static String ofRecord(String source, String sourceId) {
        return source + "-" + sourceId;
    }
}
