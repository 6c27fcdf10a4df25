package se.valedger.http.api.pipe;

import java.time.LocalDate;
import se.valedger.pipe.DecommissionPipe;

/** The body of {@code POST /api/pipes/{id}/decommission}; the date defaults to today. */
record PipeDecommissioning(String reason, LocalDate date) {

    DecommissionPipe toCommand(String pipeId) {
        return new DecommissionPipe(pipeId, reason, date);
    }
}
