package se.valedger.http.api.zone;

/** The body of {@code POST /api/zones/{id}/signals/{since}/dismiss}. */
record SignalDismissal(String reason) {
}
