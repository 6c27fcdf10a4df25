package se.valedger.http.api.plant;

import java.time.LocalDate;
import se.valedger.plant.ChangePermit;

/** The body of {@code POST /api/plants/{id}/permit}. */
record PermitDecision(Integer personEquivalents, Double designFlowM3PerDay, LocalDate validFrom,
                      String decisionReference) {

    ChangePermit toCommand(String plantId) {
        return new ChangePermit(plantId, personEquivalents, designFlowM3PerDay, validFrom, decisionReference);
    }
}
