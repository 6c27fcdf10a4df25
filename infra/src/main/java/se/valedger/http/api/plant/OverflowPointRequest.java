package se.valedger.http.api.plant;

import se.valedger.plant.OverflowPointType;
import se.valedger.plant.RegisterOverflowPoint;

/** The body of {@code POST /api/plants/{id}/overflow-points}: SWEREF 99 TM coordinates (EPSG:3006, metres). */
record OverflowPointRequest(String id, String name, OverflowPointType type, Double east, Double north, String recipient) {

    RegisterOverflowPoint toCommand(String plantId) {
        return new RegisterOverflowPoint(plantId, id, name, type, east, north, recipient);
    }
}
