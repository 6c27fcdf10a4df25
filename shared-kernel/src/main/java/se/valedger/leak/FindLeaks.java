package se.valedger.leak;

/** A page of leak reports, newest first; every filter optional. Answers {@link LeakPage}. */
public record FindLeaks(LeakStatus status, String pipeId, Boolean overdue, String source, int page, int size) {
}
