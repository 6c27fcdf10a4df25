package se.valedger.plant;

/** One lab value of a sample as the lab gave it: its parameter, its number and its unit. */
public record SampleValue(LabParameter parameter, Double value, LabUnit unit) {
}
