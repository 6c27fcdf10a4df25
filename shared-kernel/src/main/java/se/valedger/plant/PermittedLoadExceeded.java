package se.valedger.plant;

import org.axonframework.serialization.Revision;

/**
 * The year's figure on the permit's basis (by default its maximum average weekly load, unusual weeks left out)
 * passed the permitted connection valid on that week's Monday. Computed on the weekly figure, never on a day.
 */
@Revision("1")
public record PermittedLoadExceeded(String plantId, int year, String week, PermitBasis basis, double loadPe,
                                    int permittedPe, double utilisationPercent) {
}
