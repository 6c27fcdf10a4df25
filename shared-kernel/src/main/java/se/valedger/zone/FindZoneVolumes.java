package se.valedger.zone;

/** A zone's yearly volumes, every year and kind. Answers {@link ZoneVolumes}. */
public record FindZoneVolumes(String zoneId) {
}
