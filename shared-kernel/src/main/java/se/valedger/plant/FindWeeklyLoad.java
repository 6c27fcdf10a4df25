package se.valedger.plant;

/** A plant's weekly load for an ISO week-based year; answers {@code Optional<PlantWeeklyLoad>}. */
public record FindWeeklyLoad(String plantId, int year) {
}
