package se.valedger.web;

import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;

/** Answers read-model queries, first waiting for the projection to reach {@code minPosition}. */
@Component
public class Reads {

    public static final String PROJECTION_BEHIND = "X-Projection-Behind";

    private final ReadYourWrites readYourWrites;

    Reads(ReadYourWrites readYourWrites) {
        this.readYourWrites = readYourWrites;
    }

    public <T> ResponseEntity<T> answer(String processingGroup, Long minPosition, java.util.function.Supplier<T> query) {
        boolean reached = readYourWrites.await(processingGroup, minPosition);
        T body = query.get();
        ResponseEntity.BodyBuilder response = ResponseEntity.ok();
        if (!reached) {
            response.header(PROJECTION_BEHIND, "true");
        }
        return response.body(body);
    }
}
