package se.valedger.renewal;

import java.util.stream.Collectors;
import se.valedger.risk.RiskFactor;
import se.valedger.risk.RiskInputs;
import se.valedger.risk.RiskModel;
import se.valedger.risk.RiskScore;

/**
 * The backlog's {@link RiskScore} applied to a pipe in a planning year: condition is the structural class of its
 * latest inspection (aged by the years from the inspection to that year), age counts to that year against the
 * material's service life, and length, diameter, network and consequence class are the pipe's. Break history is not
 * yet part of the planner's copy of the network, so it scores as unknown (3 points, the middle), as
 * {@link RiskScore} treats any missing input.
 */
public record RiskScoreAssessor(ServiceLifeTable serviceLife, RiskModel model) implements PipeRiskAssessor {

    public RiskScoreAssessor(ServiceLifeTable serviceLife) {
        this(serviceLife, RiskModel.DEFAULTS);
    }

    @Override
    public PipeRisk assess(NetworkPipe pipe, int year) {
        RiskScore score = score(pipe, year);
        return new PipeRisk(score.likelihood(), score.consequence(), score.score(), explain(score));
    }

    @Override
    public PipeRisk rank(NetworkPipe pipe, int year) {
        RiskScore score = score(pipe, year);
        return new PipeRisk(score.likelihood(), score.consequence(), score.score(), null);
    }

    private RiskScore score(NetworkPipe pipe, int year) {
        Double inspectionAge = null;
        if (pipe.lastInspectedOn() != null) {
            inspectionAge = (double) Math.max(0, year - pipe.lastInspectedOn().getYear());
        } else if (pipe.inspected()) {
            inspectionAge = 0.0;
        }
        return RiskScore.of(new RiskInputs(pipe.inspected(), pipe.latestGrade(), null, inspectionAge, false,
                Math.max(0, year - pipe.installationYear()), serviceLife.years(pipe.material()), null, null,
                pipe.lengthM(), pipe.diameterMm(), pipe.networkKind(), pipe.consequenceClass()), model);
    }

    /** e.g. "likelihood 4/5 (condition grade P122 class 4 -> 5; age vs service life 77 of 75 years (103 %) -> 4; ...)". */
    static String explain(RiskScore score) {
        return "likelihood " + score.likelihood() + "/5 (" + part(score, "likelihood") + "), consequence "
                + score.consequence() + "/5 (" + part(score, "consequence") + "), risk " + score.score() + "/25 ["
                + score.version() + "]";
    }

    private static String part(RiskScore score, String part) {
        return score.factors().stream().filter(f -> f.part().equals(part))
                .map(RiskScoreAssessor::factor).collect(Collectors.joining("; "));
    }

    private static String factor(RiskFactor f) {
        return f.name() + " " + f.value() + " -> " + f.points();
    }
}
