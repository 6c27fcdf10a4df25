package se.valedger.backlog;

/** Where a backlog work item comes from. */
public enum BacklogSource {
    /** An inspection graded 3 or 4 (structural or operational). */
    INSPECTION,
    /** An open leak report. */
    LEAK,
    /** An item of an approved renewal plan; DONE once executed. */
    RENEWAL_PLAN
}
