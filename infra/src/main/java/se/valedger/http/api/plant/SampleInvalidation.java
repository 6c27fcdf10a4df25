package se.valedger.http.api.plant;

/** The body of {@code POST /api/plants/{id}/samples/{sampleId}/invalidate}. */
record SampleInvalidation(String reason) {
}
