package se.valedger.http.api.renewal;

import java.util.List;
import se.valedger.app.renewal.ItemRequest;
import se.valedger.renewal.ProposalStrategy;

/**
 * The body of {@code POST /api/renewal-plans}: a year and/or programme, a budget, and either items or
 * {@code fromProposal} (a strategy: the proposal for that year and budget becomes the plan's items).
 */
record PlanDraft(Integer year, String programme, Long budgetSek, List<ItemRequest> items, ProposalStrategy fromProposal) {
}
