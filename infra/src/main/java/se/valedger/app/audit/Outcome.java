package se.valedger.app.audit;

/** How an attempt ended. */
public enum Outcome {
    /** The command was carried out (its events are named in the entry). */
    ACCEPTED,
    /** Well formed, but a business rule refused it (409). */
    REJECTED_RULE,
    /** Invalid input: a bad field value or unreadable JSON (400). */
    REJECTED_INVALID,
    /** The record named does not exist (404). */
    NOT_FOUND,
    /** Someone else changed the record at the same moment, or it already exists (409). */
    CONFLICT,
    /** Signed in, but the roles do not allow it (403). */
    FORBIDDEN,
    /** Not signed in or wrong credentials (401). */
    UNAUTHENTICATED,
    /** Too many failed sign-ins from this address for this user (429). */
    THROTTLED,
    /** A read of the audit trail itself (list, verify, export, checkpoints). */
    READ,
    /** Failed on our side. */
    FAILED
}
