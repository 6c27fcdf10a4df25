package se.valedger.leak;

/** One leak report as the read side knows it. Answers {@code Optional<LeakView>}. */
public record FindLeak(String leakId) {
}
