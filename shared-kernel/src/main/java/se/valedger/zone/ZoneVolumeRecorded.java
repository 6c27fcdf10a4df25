package se.valedger.zone;

import org.axonframework.serialization.Revision;

/** A zone's yearly volume of one kind; {@code previousM3} is the value it replaces (null: the first). */
@Revision("1")
public record ZoneVolumeRecorded(String zoneId, int year, VolumeKind kind, double m3, String source,
                                 Double previousM3) {
}
