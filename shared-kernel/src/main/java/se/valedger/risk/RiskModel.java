package se.valedger.risk;

/**
 * The utility's settings of the likelihood model ({@code valedger.risk.*}).
 *
 * @param inspectionHalfLifeYears after this many years an inspection's condition counts half and the age-and-breaks
 *                                estimate the other half (ASSUMED 10 years, set by the asset manager with
 *                                {@code valedger.risk.inspection-half-life-years}: P122 inspections of sewers are
 *                                commonly repeated at about that interval)
 * @param breakWindowYears        breaks count over this many years before the scoring date (10, the window of
 *                                Swedish break statistics; {@code valedger.risk.break-window-years})
 * @param consequenceWeights      the weights of the consequence's named parts ({@code valedger.risk.consequence.*})
 */
public record RiskModel(double inspectionHalfLifeYears, int breakWindowYears, ConsequenceWeights consequenceWeights) {

    public static final double DEFAULT_HALF_LIFE_YEARS = 10;
    public static final int DEFAULT_BREAK_WINDOW_YEARS = 10;
    public static final RiskModel DEFAULTS = new RiskModel(DEFAULT_HALF_LIFE_YEARS, DEFAULT_BREAK_WINDOW_YEARS);

    public RiskModel(double inspectionHalfLifeYears, int breakWindowYears) {
        this(inspectionHalfLifeYears, breakWindowYears, ConsequenceWeights.DEFAULTS);
    }

    public RiskModel {
        if (consequenceWeights == null) {
            throw new IllegalArgumentException("consequence weights are required");
        }
        if (!(inspectionHalfLifeYears > 0) || inspectionHalfLifeYears > 100) {
            throw new IllegalArgumentException("inspection half-life must be above 0 and at most 100 years, was "
                    + inspectionHalfLifeYears);
        }
        if (breakWindowYears < 1 || breakWindowYears > 100) {
            throw new IllegalArgumentException("break window must be 1-100 years, was " + breakWindowYears);
        }
    }

    /** The share of the age-and-breaks estimate in the likelihood of a pipe inspected {@code years} ago: 0 at once, 1/2 after a half-life. */
    public double ageWeight(double years) {
        return 1 - Math.pow(0.5, Math.max(0, years) / inspectionHalfLifeYears);
    }
}
