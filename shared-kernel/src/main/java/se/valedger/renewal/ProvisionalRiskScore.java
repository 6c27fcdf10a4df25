package se.valedger.renewal;

/**
 * PROVISIONAL risk formula until issue 4's RiskScore lands; same shape (likelihood x consequence,
 * 1-5 each) so the swap changes no caller.
 * <ul>
 * <li>likelihood: the worse of the condition grade (1→1, 2→2, 3→4, 4→5) and the age as a share of
 * the material's service life (&lt;50 %→1, &lt;75 %→2, &lt;100 %→3, &lt;125 %→4, else 5);</li>
 * <li>consequence: the pipe's consequence class, one more for a trunk main (≥ 300 mm), at most 5.</li>
 * </ul>
 */
public record ProvisionalRiskScore(ServiceLifeTable serviceLife) implements PipeRiskAssessor {

    public static final int TRUNK_MAIN_MM = 300;

    @Override
    public PipeRisk assess(NetworkPipe pipe, int year) {
        return score(pipe, year, true);
    }

    @Override
    public PipeRisk rank(NetworkPipe pipe, int year) {
        return score(pipe, year, false);
    }

    private PipeRisk score(NetworkPipe pipe, int year, boolean explain) {
        int age = Math.max(0, year - pipe.installationYear());
        int life = serviceLife.years(pipe.material());
        double share = (double) age / life;
        int byAge = share < 0.5 ? 1 : share < 0.75 ? 2 : share < 1.0 ? 3 : share < 1.25 ? 4 : 5;
        Integer grade = pipe.latestGrade();
        int byGrade = grade == null ? 0 : switch (grade) {
            case 1 -> 1;
            case 2 -> 2;
            case 3 -> 4;
            default -> 5;
        };
        int likelihood = Math.max(byAge, byGrade);
        int consequence = Math.min(5, Math.max(1, pipe.consequenceClass() + (pipe.diameterMm() >= TRUNK_MAIN_MM ? 1 : 0)));
        if (!explain) {
            return new PipeRisk(likelihood, consequence, likelihood * consequence, null);
        }
        String why = "likelihood " + likelihood + "/5 (age " + age + " of " + life + " years' service life for "
                + pipe.material() + " -> " + byAge
                + (grade == null ? "; never inspected" : "; condition grade " + grade + " -> " + byGrade)
                + "), consequence " + consequence + "/5 (consequence class " + pipe.consequenceClass()
                + (pipe.diameterMm() >= TRUNK_MAIN_MM ? ", +1 for a " + pipe.diameterMm() + " mm trunk main" : "")
                + "), risk " + likelihood * consequence + "/25 [provisional formula]";
        return new PipeRisk(likelihood, consequence, likelihood * consequence, why);
    }
}
