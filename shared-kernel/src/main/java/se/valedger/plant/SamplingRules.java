package se.valedger.plant;

/**
 * A plant's settings for lab samples and the weekly load, set per plant ({@link ChangeSamplingRules}).
 *
 * <ul>
 * <li>{@code bod5ToBod7Factor}, {@code codToBod7Factor}: BOD7 = factor x BOD5 (or COD). No default: a plant's
 *     own ratio comes from its parallel analyses, so without a configured factor such a value is refused.</li>
 * <li>{@code minSamplesPerWeek}: a week counts in the maximum only with at least this many samples. Default 1
 *     (ASSUMED; Naturvårdsverket's guidance "Hur den maximala genomsnittliga veckobelastningen bestäms" lets plants
 *     with few samples use weeks of a single 24-hour sample, labelled as such).</li>
 * <li>{@code samplesPerYear}: the yearly count the control programme asks for. Default 24 (ASSUMED: UWWTD
 *     91/271/EEC Annex I D, 24 samples a year for plants of 50,000 pe or more; 12 for 10,000-49,999 pe).</li>
 * </ul>
 */
public record SamplingRules(Double bod5ToBod7Factor, Double codToBod7Factor, int minSamplesPerWeek,
                            int samplesPerYear) {

    public static final int DEFAULT_MIN_SAMPLES_PER_WEEK = 1;
    public static final int DEFAULT_SAMPLES_PER_YEAR = 24;

    public static SamplingRules defaults() {
        return new SamplingRules(null, null, DEFAULT_MIN_SAMPLES_PER_WEEK, DEFAULT_SAMPLES_PER_YEAR);
    }

    /** Whether these are still the ASSUMED defaults (nothing set by the plant). */
    public boolean assumed() {
        return equals(defaults());
    }
}
