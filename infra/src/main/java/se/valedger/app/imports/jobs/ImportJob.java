package se.valedger.app.imports.jobs;

import java.time.Instant;
import java.util.UUID;

/** An import job as stored in {@code imports.import_job}. */
public record ImportJob(UUID id, String kind, String startedBy, String nodeId, JobState state, Long fileBytes,
                        Long rowsTotal, long rowsRead, long accepted, long rejected, boolean cancelRequested,
                        Integer answerStatus, String answer, Long eventPosition, String message, Instant createdAt,
                        Instant startedAt, Instant finishedAt) {

    /** Percent of the rows done, when the number of rows is known; 100 once finished. */
    public Integer percent() {
        if (state == JobState.DONE) {
            return 100;
        }
        if (rowsTotal == null || rowsTotal <= 0) {
            return null;
        }
        return (int) Math.min(99, rowsRead * 100 / rowsTotal);
    }
}
