package se.valedger.app.renewal;

import se.valedger.pipe.RenewalMethod;

/** A plan item; without a method the proposal's default for the pipe, without a cost the unit-cost estimate. */
public record ItemRequest(String pipeId, RenewalMethod method, Long estimatedCostSek) {
}
