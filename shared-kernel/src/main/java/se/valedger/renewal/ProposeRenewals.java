package se.valedger.renewal;

import java.time.LocalDate;
import se.valedger.pipe.NetworkKind;

/**
 * A budget-constrained proposal for a year under a strategy, from the pipes in service that no open
 * plan holds yet. Answers {@link RenewalProposal}; with {@code forecast} the four strategies' forecasts.
 * {@code district} and {@code networkKind} narrow the candidates (null: all); {@code asOf} scores the risk as of that
 * date's year instead of the proposal's year (null: the proposal's year).
 */
public record ProposeRenewals(int year, long budgetSek, ProposalStrategy strategy, boolean forecast, String district,
                              NetworkKind networkKind, LocalDate asOf) {

    public ProposeRenewals(int year, long budgetSek, ProposalStrategy strategy, boolean forecast) {
        this(year, budgetSek, strategy, forecast, null, null, null);
    }
}
