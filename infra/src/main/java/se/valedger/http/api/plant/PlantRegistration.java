package se.valedger.http.api.plant;

import java.util.List;
import se.valedger.plant.Permit;
import se.valedger.plant.RegisterTreatmentPlant;

/** The body of {@code POST /api/plants}: another plant beside Göviken. */
record PlantRegistration(String id, String name, Permit permit, List<Integer> thresholdsPercent) {

    RegisterTreatmentPlant toCommand() {
        return new RegisterTreatmentPlant(id, name, permit, thresholdsPercent);
    }
}
