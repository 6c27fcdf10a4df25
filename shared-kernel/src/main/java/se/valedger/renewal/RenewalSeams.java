package se.valedger.renewal;

import se.valedger.pipe.ServiceLife;

/**
 * Where renewal planning meets tables owned by other parts of the domain: the pipe domain's service
 * lives ({@link ServiceLife}, issue 3) and the backlog's risk score ({@link se.valedger.risk.RiskScore},
 * issue 4), so that planning, the aging overview and the backlog agree on both.
 */
public final class RenewalSeams {

    public static final ServiceLifeTable SERVICE_LIFE = ServiceLife.defaults()::of;

    public static final PipeRiskAssessor RISK = new RiskScoreAssessor(SERVICE_LIFE);

    private RenewalSeams() {
    }
}
