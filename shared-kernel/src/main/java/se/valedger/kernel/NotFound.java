package se.valedger.kernel;

/** The record a command or query names does not exist. Answered as 404. */
public class NotFound extends RuntimeException {

    public NotFound(String message) {
        super(message);
    }
}
