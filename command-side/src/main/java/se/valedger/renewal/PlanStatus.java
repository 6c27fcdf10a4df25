package se.valedger.renewal;

/** Where a renewal plan is in its life. RETURNED plans are edited like drafts and submitted again. */
enum PlanStatus {
    DRAFT,
    SUBMITTED,
    RETURNED,
    APPROVED,
    COMPLETED;

    boolean editable() {
        return this == DRAFT || this == RETURNED;
    }
}
