package se.valedger.zone;

/** Every zone, optionally of one kind, by id. Answers {@link ZoneList}. */
public record FindZones(ZoneKind kind) {
}
