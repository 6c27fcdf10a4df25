package se.valedger.http.api.renewal;

import se.valedger.renewal.ProposalStrategy;

/**
 * The body of {@code POST /api/renewal-proposals}; the budget as {@code budgetSek} (or {@code budget}); optional
 * {@code district} and {@code networkKind} filters (also as query parameters).
 */
record ProposalRequest(Integer year, Long budgetSek, Long budget, ProposalStrategy strategy, Boolean forecast,
                       String district, se.valedger.pipe.NetworkKind networkKind) {
}
