package se.valedger.web.renewal;

import se.valedger.renewal.RenewalMethod;

/** A plan item; without a method the proposal's default for the pipe, without a cost the unit-cost estimate. */
record ItemRequest(String pipeId, RenewalMethod method, Long estimatedCostSek) {
}
