package se.valedger.renewal;

import java.time.Instant;
import java.util.List;
import se.valedger.pipe.RenewalMethod;

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
