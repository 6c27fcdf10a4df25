package se.valedger.http.api.leak;

import java.time.Instant;
import se.valedger.leak.FailureCause;
import se.valedger.leak.RepairMethod;

/** The body of {@code POST /api/leaks/{id}/{action}}; each action reads the fields it needs (README, Leaks). */
record LeakAction(String note, String reason, Instant scheduledFor, String crew, Instant repairedAt, RepairMethod method,
                  Double repairHours, FailureCause cause,
                  // issue 20's steps
                  Instant isolatedAt, java.util.List<String> valvesClosed, Integer customersWithoutWater,
                  Instant supplyRestoredAt, Instant at, Boolean flushed, Boolean disinfected, Boolean sampleTaken,
                  se.valedger.leak.SampleResult sampleResult, Instant boilWaterNoticeIssuedAt,
                  Instant boilWaterNoticeLiftedAt, Instant restoredAt) {

    static final LeakAction EMPTY = new LeakAction(null, null, null, null, null, null, null, null, null, null, null, null,
            null, null, null, null, null, null, null, null);
}
