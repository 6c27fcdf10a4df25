package se.valedger.boot.evolution;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Objects;
import org.axonframework.serialization.SimpleSerializedType;
import org.axonframework.serialization.upcasting.event.IntermediateEventRepresentation;
import org.axonframework.serialization.upcasting.event.SingleEventUpcaster;

/**
 * Rewrites one stored revision of one event type into the next, on its JSON. Declare a subclass as a
 * Spring bean (with {@code @Order} when several apply to one type in a chain) and Axon applies it
 * whenever events are read: aggregates, processors, replays. See README, "Changing an event".
 */
public abstract class JsonUpcaster extends SingleEventUpcaster {

    private final String type;
    private final String fromRevision;
    private final String toRevision;

    protected JsonUpcaster(Class<?> eventType, String fromRevision, String toRevision) {
        this(eventType.getName(), fromRevision, toRevision);
    }

    /** For types whose class no longer exists or was renamed: the stored type name. */
    protected JsonUpcaster(String storedTypeName, String fromRevision, String toRevision) {
        this.type = storedTypeName;
        this.fromRevision = fromRevision;
        this.toRevision = toRevision;
    }

    /** Changes the old revision's JSON in place into the new one's. */
    protected abstract void upcast(ObjectNode event);

    @Override
    protected boolean canUpcast(IntermediateEventRepresentation representation) {
        return representation.getType().getName().equals(type)
                && Objects.equals(representation.getType().getRevision(), fromRevision);
    }

    @Override
    protected IntermediateEventRepresentation doUpcast(IntermediateEventRepresentation representation) {
        return representation.upcastPayload(new SimpleSerializedType(type, toRevision), JsonNode.class, json -> {
            ObjectNode copy = ((ObjectNode) json).deepCopy();
            upcast(copy);
            return copy;
        });
    }
}
