package se.valedger.renewal;

import se.valedger.pipe.RenewalMethod;
import java.time.Instant;
import java.util.List;

/** A renewal plan as the planners see it. */
public record RenewalPlanView(
        String planId,
        Integer year,
        String programme,
        long budgetSek,
        String author,
        String status,
        long totalCostSek,
        String submittedBy,
        String reviewedBy,
        String returnReason,
        Instant draftedAt,
        Instant updatedAt,
        List<Item> items) {

    public record Item(String pipeId, RenewalMethod method, long estimatedCostSek, String status,
                       Integer executedYear, String newMaterial, Long actualCostSek, boolean renewalDispatched) {
    }
}
