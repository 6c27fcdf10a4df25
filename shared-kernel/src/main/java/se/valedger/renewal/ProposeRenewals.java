package se.valedger.renewal;

/**
 * A budget-constrained proposal for a year under a strategy, from the pipes in service that no open
 * plan holds yet. Answers {@link RenewalProposal}; with {@code forecast} the four strategies' forecasts.
 */
public record ProposeRenewals(int year, long budgetSek, ProposalStrategy strategy, boolean forecast) {
}
