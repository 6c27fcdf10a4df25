package se.valedger.renewal;

/** How risky a pipe is in a given year; proposals and forecasts rank through this only ({@link RiskScoreAssessor}). */
@FunctionalInterface
public interface PipeRiskAssessor {

    PipeRisk assess(NetworkPipe pipe, int year);

    /** The same numbers without the words, for ranking many pipes many times (forecasts); defaults to assess. */
    default PipeRisk rank(NetworkPipe pipe, int year) {
        return assess(pipe, year);
    }
}
