package se.valedger.renewal;

/**
 * How risky a pipe is in a given year. A seam: proposals and forecasts rank through this only, so
 * issue 4's {@code se.valedger.risk.RiskScore} replaces {@link ProvisionalRiskScore} in
 * {@link RenewalSeams} alone.
 */
@FunctionalInterface
public interface PipeRiskAssessor {

    PipeRisk assess(NetworkPipe pipe, int year);

    /** The same numbers without the words, for ranking many pipes many times (forecasts); defaults to assess. */
    default PipeRisk rank(NetworkPipe pipe, int year) {
        return assess(pipe, year);
    }
}
