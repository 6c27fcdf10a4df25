package se.valedger.boot.evolution;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.springframework.stereotype.Component;
import se.valedger.plant.PermitBasis;
import se.valedger.plant.PermitChanged;
import se.valedger.plant.TreatmentPlantRegistered;

/**
 * {@link TreatmentPlantRegistered} and {@link PermitChanged} revision 1 read as revision 2: a permit recorded before
 * issue 16 had no basis and no hourly design flow; it reads with the directive's basis (maximum average weekly load)
 * and no hourly Qdim (unknown, so no hourly comparison), which is what those permits were compared on after all.
 */
final class PermitRevision1To2 {

    private PermitRevision1To2() {
    }

    static void addBasis(ObjectNode event) {
        JsonNode permit = event.get("permit");
        if (permit instanceof ObjectNode p) {
            p.put("basis", PermitBasis.MAX_AVERAGE_WEEKLY_LOAD.name());
            p.putNull("designFlowM3PerHour");
        }
    }

    @Component
    static class Registered extends JsonUpcaster {
        Registered() {
            super(TreatmentPlantRegistered.class, "1", "2");
        }

        @Override
        protected void upcast(ObjectNode event) {
            addBasis(event);
        }
    }

    @Component
    static class Changed extends JsonUpcaster {
        Changed() {
            super(PermitChanged.class, "1", "2");
        }

        @Override
        protected void upcast(ObjectNode event) {
            addBasis(event);
        }
    }
}
