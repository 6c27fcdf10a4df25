package se.valedger.http.api.plant;

import se.valedger.plant.ChangeSamplingRules;

/** The body of {@code POST /api/plants/{id}/sampling-rules}; numbers left out keep their value. */
record SamplingRulesRequest(Double bod5ToBod7Factor, Double codToBod7Factor, Integer minSamplesPerWeek,
                            Integer samplesPerYear, String reason) {

    ChangeSamplingRules toCommand(String plantId) {
        return new ChangeSamplingRules(plantId, bod5ToBod7Factor, codToBod7Factor, minSamplesPerWeek, samplesPerYear,
                reason);
    }
}
