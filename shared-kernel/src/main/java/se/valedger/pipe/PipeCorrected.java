package se.valedger.pipe;

import java.util.List;
import org.axonframework.serialization.Revision;

/**
 * Recorded attributes of a pipe were corrected. {@code changes} names each field with its old and
 * new value; {@code corrected} is the whole record afterwards, so a reader never has to re-apply the list.
 * Revision 2 (issue 18): {@code corrected} has {@code assumed} and {@code hydraulicStatus}; revision 1 is read by
 * {@code PipeCorrectedRevision1To2} (with {@code assumed} null: not recorded, see {@link PipeAttributes}).
 */
@Revision("2")
public record PipeCorrected(
        String pipeId,
        List<FieldChange> changes,
        String reason,
        PipeAttributes corrected) {
}
