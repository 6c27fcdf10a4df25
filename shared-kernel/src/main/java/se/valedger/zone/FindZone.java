package se.valedger.zone;

/** One zone as registered. Answers {@code Optional<ZoneView>}. */
public record FindZone(String zoneId) {
}
