package se.valedger.boot.evolution;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.springframework.stereotype.Component;
import se.valedger.pipe.PipeCorrected;

/**
 * {@link PipeCorrected} revision 1 read as revision 2 (issue 18): its {@code corrected} record gains
 * {@code assumed} = null ("not recorded": readers take the pipe's earlier list minus the fields this correction
 * changed, see {@code PipeAttributes.withAssumedAfter}) and {@code hydraulicStatus} = null (none stated then).
 */
@Component
class PipeCorrectedRevision1To2 extends JsonUpcaster {

    PipeCorrectedRevision1To2() {
        super(PipeCorrected.class, "1", "2");
    }

    @Override
    protected void upcast(ObjectNode event) {
        JsonNode corrected = event.get("corrected");
        if (corrected instanceof ObjectNode attributes) {
            attributes.putNull("assumed");
            attributes.putNull("hydraulicStatus");
        }
    }
}
