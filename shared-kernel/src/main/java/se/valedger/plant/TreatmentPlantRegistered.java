package se.valedger.plant;

import java.util.List;
import org.axonframework.serialization.Revision;

/** Revision 2: the permit has its basis and hourly Qdim (revision 1 reads as the weekly basis, no hourly Qdim). */
@Revision("2")
public record TreatmentPlantRegistered(String plantId, String name, Permit permit, List<Integer> thresholdsPercent) {
}
