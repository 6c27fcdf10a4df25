package se.valedger.http.api.leak;

import java.time.Instant;
import se.valedger.leak.FailureCause;
import se.valedger.leak.RepairMethod;

/** The body of {@code POST /api/leaks/{id}/{action}}; each action reads the fields it needs. */
record LeakAction(String note, String reason, Instant scheduledFor, String crew, Instant repairedAt, RepairMethod method,
                  Double repairHours, FailureCause cause) {

    static final LeakAction EMPTY = new LeakAction(null, null, null, null, null, null, null, null);
}
