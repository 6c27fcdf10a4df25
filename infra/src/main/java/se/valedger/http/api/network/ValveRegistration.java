package se.valedger.http.api.network;

import se.valedger.network.RegisterValve;
import se.valedger.network.ValveKind;
import se.valedger.network.ValveStatus;

/** The body of {@code POST /api/valves}. */
record ValveRegistration(String id, String pipeId, String nodeId, ValveKind kind, ValveStatus status, Integer diameterMm) {

    RegisterValve toCommand() {
        return new RegisterValve(id, pipeId, nodeId, kind, status, diameterMm);
    }
}
