package se.valedger.aging;

/** The aging-network overview as of a calendar year (ages are counted to it). Answers {@link NetworkAging}. */
public record FindNetworkAging(int year) {
}
