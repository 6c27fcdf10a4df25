package se.valedger.boot.evolution;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.springframework.stereotype.Component;
import se.valedger.leak.LeakReported;
import se.valedger.leak.LeakTargets;

/**
 * {@link LeakReported} revision 1 (due time by the CARE-W base x severity factor) read as revision 2 (issue 20:
 * priority classes). Nothing is recomputed: the stored {@code dueAt} stays; {@code priority} is null (the report had
 * none) and {@code dueBasis} says the due time came from the former rule ({@link LeakTargets#FORMER_BASIS}).
 */
@Component
class LeakReportedRevision1To2 extends JsonUpcaster {

    LeakReportedRevision1To2() {
        super(LeakReported.class, "1", "2");
    }

    @Override
    protected void upcast(ObjectNode event) {
        event.putNull("priority");
        event.put("dueBasis", LeakTargets.FORMER_BASIS);
    }
}
