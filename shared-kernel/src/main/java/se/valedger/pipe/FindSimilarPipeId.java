package se.valedger.pipe;

/**
 * The registered pipe id closest to a mistyped one (issue 21, "did you mean VA-1001?"): at most two edits
 * (insert, delete, replace, or swap two neighbours; case ignored). Answers {@link SimilarPipeId}.
 */
public record FindSimilarPipeId(String pipeId) {
}
