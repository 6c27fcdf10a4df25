package se.valedger.pipe;

/** A page of the register, optionally filtered. Answers {@link PipePage}. */
public record FindPipes(NetworkKind networkKind, String district, String idPrefix, int page, int size) {
}
