package se.valedger.plant;

import java.time.LocalDate;

/**
 * A plant's capacity overview; {@code from}/{@code to} (optional) limit only the list of days,
 * every mean, count and forecast is computed on the whole series. Answers {@code Optional<PlantCapacity>}.
 */
public record FindPlantCapacity(String plantId, LocalDate from, LocalDate to) {
}
