package se.valedger.leak;

/**
 * The isolation steps of leaks whose supply was shut in {@code year} (local year, Europe/Stockholm, of
 * {@code isolatedAt}), with the pipe each leak names. Answers {@link LeakInterruptions}.
 */
public record FindLeakInterruptions(int year) {
}
