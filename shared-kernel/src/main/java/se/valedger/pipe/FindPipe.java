package se.valedger.pipe;

/** One pipe's current state in the register. Answers {@code Optional<PipeSummary>}. */
public record FindPipe(String pipeId) {
}
