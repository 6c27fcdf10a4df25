package se.valedger.http.api.plant;

import java.time.Instant;
import se.valedger.plant.BypassCause;
import se.valedger.plant.RecordBypass;

/** The body of {@code POST /api/plants/{id}/bypasses}. */
record BypassReport(Instant start, Instant end, Double volumeM3, String location, BypassCause cause, String recipient) {

    RecordBypass toCommand(String plantId, String bypassId) {
        return new RecordBypass(plantId, bypassId, start, end, volumeM3, location, cause, recipient);
    }
}
