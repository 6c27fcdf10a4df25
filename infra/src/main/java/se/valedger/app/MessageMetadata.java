package se.valedger.app;

/**
 * Who, from where and why travels on every message: the keys set when a command is dispatched
 * are copied onto every event and command it causes.
 */
public final class MessageMetadata {

    private MessageMetadata() {
    }


    public static final String USER = "user";
    public static final String ROLES = "roles";
    public static final String CLIENT_ADDRESS = "clientAddress";
    public static final String USER_AGENT = "userAgent";
    public static final String AUTH_METHOD = "authMethod";
    /** The id of the message that directly caused this one. */
    public static final String CAUSATION_ID = "causationId";
    /** The id of the first message of the whole chain (the HTTP request's command). */
    public static final String CORRELATION_ID = "correlationId";
    /**
     * On a command tried as part of a chunk whose rows are sent again one at a time if any is refused
     * (imports): the refusal is recorded by that second attempt, not twice. Not copied onto events.
     */
    public static final String TRIAL_IN_CHUNK = "trialInChunk";

}
