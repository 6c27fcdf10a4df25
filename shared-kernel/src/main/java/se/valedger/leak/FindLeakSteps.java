package se.valedger.leak;

/** The work steps recorded for a leak, in order. Answers {@code List<LeakStep>}. */
public record FindLeakSteps(String leakId) {
}
