package se.valedger.http.api.zone;

import se.valedger.leak.LeakSeverity;
import se.valedger.leak.Position;

/** The body of {@code POST /api/zones/{id}/signals/{since}/confirm}: where the leak is, as a leak report needs. */
record SignalConfirmation(String pipeId, Position position, LeakSeverity severity, Double estimatedFlowLps) {
}
