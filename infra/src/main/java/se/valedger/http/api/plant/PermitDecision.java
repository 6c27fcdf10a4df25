package se.valedger.http.api.plant;

import java.time.LocalDate;
import se.valedger.plant.ChangePermit;
import se.valedger.plant.PermitBasis;

/**
 * The body of {@code POST /api/plants/{id}/permit}: {@code designFlowM3PerHour} when the permit gives an hourly Qdim,
 * {@code basis} as the permit is worded (default MAX_AVERAGE_WEEKLY_LOAD).
 */
record PermitDecision(Integer personEquivalents, Double designFlowM3PerDay, LocalDate validFrom,
                      String decisionReference, Double designFlowM3PerHour, PermitBasis basis) {

    ChangePermit toCommand(String plantId) {
        return new ChangePermit(plantId, personEquivalents, designFlowM3PerDay, validFrom, decisionReference,
                designFlowM3PerHour, basis);
    }
}
