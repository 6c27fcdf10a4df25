package se.valedger.renewal;

/**
 * Weibull cohort survival, parameterised by the service-life table.
 *
 * <p>A cohort is pipe length of one material laid in one year. The share of it still within its
 * useful life at age t is S(t) = exp(-(t/η)^β). The scale η is derived from the material's service
 * life L by asking that half of a cohort has reached the end of its life at age L (L is the median
 * life): S(L) = 1/2, so η = L / (ln 2)^(1/β). The shape β (default 4) says how closely a cohort's
 * pipes end their lives around L; β = 4 gives a coefficient of variation of about 0.28, a wear-out
 * curve in the range reported for cast iron and concrete cohorts.
 *
 * <p>Breaks: length within its life breaks at {@code intactBreaksPerKm} a year, length past its end
 * of life at {@code wornBreaksPerKm}; a cohort of length K km at age t is expected to break
 * K·(b_intact·S(t) + b_worn·(1 − S(t))) times a year. The defaults (0.03 and 0.40 per km and year)
 * are assumptions that put a mixed-age Swedish network at the order of 0.05-0.15 breaks per km and
 * year; calibrate them with the utility's own leak history.
 *
 * <p>The renewal need at age t is the share of a cohort that reaches the end of its life within the
 * next year, S(t) − S(t+1).
 */
public record CohortSurvival(double shape, double intactBreaksPerKm, double wornBreaksPerKm) {

    public static final CohortSurvival DEFAULT = new CohortSurvival(4.0, 0.03, 0.40);

    public double scale(int serviceLifeYears) {
        return serviceLifeYears / Math.pow(Math.log(2), 1 / shape);
    }

    public double survival(double ageYears, int serviceLifeYears) {
        if (ageYears <= 0) {
            return 1.0;
        }
        return Math.exp(-Math.pow(ageYears / scale(serviceLifeYears), shape));
    }

    public double expectedBreaksPerYear(double lengthKm, double ageYears, int serviceLifeYears) {
        double s = survival(ageYears, serviceLifeYears);
        return lengthKm * (intactBreaksPerKm * s + wornBreaksPerKm * (1 - s));
    }

    public double endOfLifeWithinNextYear(double ageYears, int serviceLifeYears) {
        return survival(ageYears, serviceLifeYears) - survival(ageYears + 1, serviceLifeYears);
    }
}
