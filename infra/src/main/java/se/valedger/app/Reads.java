package se.valedger.app;

import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;
import se.valedger.kernel.NotFound;

/** Answers read-model queries, first waiting for the projection to reach {@code minPosition}. */
@Component
public class Reads {

    public static final String PROJECTION_BEHIND = "X-Projection-Behind";

    private final ReadYourWrites readYourWrites;

    Reads(ReadYourWrites readYourWrites) {
        this.readYourWrites = readYourWrites;
    }

    public <T> ResponseEntity<T> answer(String processingGroup, Long minPosition, java.util.function.Supplier<T> query) {
        return answer(java.util.List.of(processingGroup), minPosition, query);
    }

    /** The same, for an answer drawn from several read models: each is awaited. */
    public <T> ResponseEntity<T> answer(java.util.List<String> processingGroups, Long minPosition,
                                        java.util.function.Supplier<T> query) {
        boolean reached = true;
        for (String group : processingGroups) {
            reached &= readYourWrites.await(group, minPosition);
        }
        T body;
        try {
            body = query.get();
        } catch (NotFound e) {
            throw reached ? e : new NotFoundWhileBehind(e);
        }
        ResponseEntity.BodyBuilder response = ResponseEntity.ok();
        if (!reached) {
            response.header(PROJECTION_BEHIND, "true");
        }
        return response.body(body);
    }

    /**
     * Not found, but the projection had not reached {@code minPosition} when it was asked: the record may
     * exist a moment later. Answered 404 with {@value #PROJECTION_BEHIND}, so a client knows to ask again.
     */
    public static final class NotFoundWhileBehind extends NotFound {

        NotFoundWhileBehind(NotFound notFound) {
            super(notFound.getMessage());
        }
    }
}
