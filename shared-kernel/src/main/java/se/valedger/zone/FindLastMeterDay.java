package se.valedger.zone;

/** The latest day any meter of the zone has values for. Answers {@code Optional<LocalDate>}. */
public record FindLastMeterDay(String zoneId) {
}
