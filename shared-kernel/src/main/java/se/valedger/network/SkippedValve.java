package se.valedger.network;

/** A valve met at a segment's boundary that is not closed for it, and why (broken, unknown, already closed). */
public record SkippedValve(String id, String reason) {
}
