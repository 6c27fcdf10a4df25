package se.valedger.http.api.zone;

import se.valedger.zone.RecordZoneVolume;
import se.valedger.zone.VolumeKind;

/** The body of {@code POST /api/zones/{id}/volumes}. */
record VolumeEntry(Integer year, VolumeKind kind, Double m3, String source) {

    RecordZoneVolume toCommand(String zoneId) {
        return new RecordZoneVolume(zoneId, year, kind, m3, source);
    }
}
