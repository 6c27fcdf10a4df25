package se.valedger.testing;

import java.util.ArrayList;
import java.util.List;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.test.aggregate.ResultValidator;
import org.axonframework.test.matchers.Matchers;

/** The payloads a fixture's command published, for assertions AssertJ can make. */
public final class FixtureEvents {

    private FixtureEvents() {
    }

    public static List<Object> of(ResultValidator<?> result) {
        List<Object> payloads = new ArrayList<>();
        result.expectEventsMatching(Matchers.predicate(events -> {
            for (Object event : (List<?>) events) {
                payloads.add(((EventMessage<?>) event).getPayload());
            }
            return true;
        }));
        return payloads;
    }

    @SuppressWarnings("unchecked")
    public static <T> T single(ResultValidator<?> result, Class<T> type) {
        List<Object> payloads = of(result);
        if (payloads.size() != 1 || !type.isInstance(payloads.get(0))) {
            throw new AssertionError("expected one " + type.getSimpleName() + " but got " + payloads);
        }
        return (T) payloads.get(0);
    }
}
