package se.valedger.pipe;

import java.util.List;
import org.axonframework.serialization.Revision;

/**
 * Recorded attributes of a pipe were corrected. {@code changes} names each field with its old and
 * new value; {@code corrected} is the whole record afterwards, so a reader never has to re-apply the list.
 */
@Revision("1")
public record PipeCorrected(
        String pipeId,
        List<FieldChange> changes,
        String reason,
        PipeAttributes corrected) {
}
