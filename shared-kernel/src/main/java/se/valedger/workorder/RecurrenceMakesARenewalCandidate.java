package se.valedger.workorder;

/**
 * Roots or deposits that come back after cleaning: when a pipe gets a cleaning order for the same task (root cutting,
 * flushing) after {@code returns} or more such orders were done, the pipe is a renewal candidate, explained as such:
 * cleaning treats the symptom, and relining (which seals joints and cracks against roots) is the classic remedy.
 * The count is the utility's ({@code valedger.work-orders.recurrence-count}, ASSUMED 2: a finding that returned twice).
 */
public record RecurrenceMakesARenewalCandidate(int returns) {

    public static final int DEFAULT_RETURNS = 2;

    public RecurrenceMakesARenewalCandidate {
        if (returns < 1 || returns > 100) {
            throw new IllegalArgumentException("the recurrence count must be 1-100, was " + returns);
        }
    }

    /** Whether an order whose task was already done {@code doneBefore} times makes its pipe a renewal candidate. */
    public boolean renewalCandidate(int doneBefore) {
        return doneBefore >= returns;
    }

    /** The explanation, or null when the order is no renewal candidate. */
    public String reason(String task, int doneBefore) {
        if (!renewalCandidate(doneBefore)) {
            return null;
        }
        String what = "ROOT_CUTTING".equals(task) ? "roots returned" : "deposits returned";
        return what + " after " + doneBefore + " cleaning" + (doneBefore == 1 ? "" : "s")
                + " (recurrence count " + returns + "): a renewal candidate, relining is the classic remedy";
    }
}
