package se.valedger.inspection;

/**
 * The observation that set a grade: its position in the inspection's list, what it was and the rule
 * that graded it. Stored with the event, so a later rule table never rewrites why a grade was given.
 */
public record DecidingObservation(int index, String code, Double distanceM, String rule) {
}
