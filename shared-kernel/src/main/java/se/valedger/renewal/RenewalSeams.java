package se.valedger.renewal;

/**
 * The two places where renewal planning meets tables owned by other parts of the domain. Each is a
 * provisional stand-in until the real one lands; swapping it is a change of this file only:
 * <pre>
 *   SERVICE_LIFE = material -> se.valedger.pipe.ServiceLife.years(material);           // issue 3
 *   RISK = (pipe, year) -> adapt(se.valedger.risk.RiskScore.of(...));                   // issue 4
 * </pre>
 */
public final class RenewalSeams {

    public static final ServiceLifeTable SERVICE_LIFE = ProvisionalServiceLife.INSTANCE;

    public static final PipeRiskAssessor RISK = new ProvisionalRiskScore(SERVICE_LIFE);

    private RenewalSeams() {
    }
}
