package se.valedger.http.ui.pipe;

/** The log-inspection form as typed: text, converted on submission so every field can answer its own error. */
record InspectionFormData(String date, String inspector, String method, String grade, String findings,
                          String idempotencyKey) {
}
