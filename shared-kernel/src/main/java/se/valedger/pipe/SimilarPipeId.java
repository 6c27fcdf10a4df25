package se.valedger.pipe;

/** The closest registered id and its edit distance; {@code pipeId} null when none is within two edits. */
public record SimilarPipeId(String pipeId, int distance) {
}
