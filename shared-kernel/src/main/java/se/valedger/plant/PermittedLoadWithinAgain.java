package se.valedger.plant;

import org.axonframework.serialization.Revision;

/** The year's figure is back within the permitted connection (a week marked unusual, a sample invalidated). */
@Revision("1")
public record PermittedLoadWithinAgain(String plantId, int year, String week, PermitBasis basis, Double loadPe,
                                       int permittedPe, Double utilisationPercent) {
}
