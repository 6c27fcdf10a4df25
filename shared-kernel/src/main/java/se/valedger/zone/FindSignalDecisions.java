package se.valedger.zone;

/** What engineers decided about a zone's night-flow signals. Answers {@link SignalDecisions}. */
public record FindSignalDecisions(String zoneId) {
}
