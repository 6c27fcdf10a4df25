package se.valedger.plant;

/** A plant's overflows of a calendar year per point, and the system's share; answers {@code Optional<PlantOverflows>}. */
public record FindOverflows(String plantId, int year) {
}
