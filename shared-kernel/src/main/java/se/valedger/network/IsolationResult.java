package se.valedger.network;

/**
 * The answer to {@link FindIsolation}: the isolation, or why the pipe cannot be analysed ({@code refusedBecause}, rule
 * PipesMustBeInTheGraph: it names no nodes, or it is decommissioned); both null when no such pipe is known.
 */
public record IsolationResult(Isolation isolation, String refusedBecause) {
}
