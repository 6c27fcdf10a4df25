package se.valedger.http;

import java.net.URI;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/** Answers to a change, carrying the position of its last event so that a client can read its own writes. */
public final class Answers {

    public static final String EVENT_POSITION = "X-Event-Position";

    private Answers() {
    }

    public static <T> ResponseEntity<T> created(URI location, long position, T body) {
        return ResponseEntity.created(location).header(EVENT_POSITION, Long.toString(position)).body(body);
    }

    public static <T> ResponseEntity<T> accepted(long position, T body) {
        return ResponseEntity.status(HttpStatus.ACCEPTED).header(EVENT_POSITION, Long.toString(position)).body(body);
    }
}
