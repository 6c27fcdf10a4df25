package se.valedger.http.api.plant;

/** The body of {@code POST /api/plants/{id}/weeks/{week}/unusual} and {@code .../usual}. */
record WeekMarking(String reason) {
}
