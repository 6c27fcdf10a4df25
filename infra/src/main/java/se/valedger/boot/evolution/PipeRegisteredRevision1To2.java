package se.valedger.boot.evolution;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.springframework.stereotype.Component;
import se.valedger.pipe.PipeRegistered;

/**
 * {@link PipeRegistered} revision 1 read as revision 2 (issue 18). {@code assumed}: a material stored as UNKNOWN
 * was never a fact (before issue 18 every import defaulted a missing material to UNKNOWN), so it is named assumed;
 * a defaulted installation year cannot be told from a real one in revision 1, so it is not (README, "Assumed
 * fields"). {@code hydraulicStatus}: none stated.
 */
@Component
class PipeRegisteredRevision1To2 extends JsonUpcaster {

    PipeRegisteredRevision1To2() {
        super(PipeRegistered.class, "1", "2");
    }

    @Override
    protected void upcast(ObjectNode event) {
        ArrayNode assumed = event.putArray("assumed");
        if ("UNKNOWN".equals(event.path("material").asText())) {
            assumed.add("material");
        }
        event.putNull("hydraulicStatus");
    }
}
