package se.valedger.renewal;

import java.util.List;

/**
 * A ranked list of renewals that fits the budget, and (when asked for) how every strategy would
 * leave the network after 10, 20 and 30 years, side by side.
 */
public record RenewalProposal(
        int year,
        long budgetSek,
        ProposalStrategy strategy,
        List<ProposedRenewal> items,
        long totalCostSek,
        long remainingBudgetSek,
        double renewedLengthM,
        int candidates,
        int skippedOverBudget,
        List<StrategyForecast> forecast) {

    public RenewalProposal withForecast(List<StrategyForecast> forecast) {
        return new RenewalProposal(year, budgetSek, strategy, items, totalCostSek, remainingBudgetSek, renewedLengthM,
                candidates, skippedOverBudget, forecast);
    }
}
