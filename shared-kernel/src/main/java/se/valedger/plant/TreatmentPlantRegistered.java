package se.valedger.plant;

import java.util.List;
import org.axonframework.serialization.Revision;

@Revision("1")
public record TreatmentPlantRegistered(String plantId, String name, Permit permit, List<Integer> thresholdsPercent) {
}
