package se.valedger.renewal;

import java.util.List;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Start a renewal plan for a year (or a named programme) with a budget. The author is the signed-in
 * person, never taken from a request body. Items may come with it (a proposal turned into a draft).
 */
public record DraftRenewalPlan(
        @TargetAggregateIdentifier String planId,
        Integer year,
        String programme,
        Long budgetSek,
        String author,
        List<PlanItem> items) {

    public DraftRenewalPlan {
        items = items == null ? List.of() : List.copyOf(items);
    }
}
