package se.valedger.zone;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

public record SignalDecisions(List<Decision> decisions) {

    /** {@code status} CONFIRMED (with the leak report's id) or DISMISSED (with the reason). */
    public record Decision(LocalDate since, String status, String leakId, String reason, String decidedBy,
                           Instant decidedAt) {
    }
}
