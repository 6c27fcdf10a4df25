package se.valedger.plant;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The maximum average weekly load of a year, the one definition the aggregate (which fires
 * {@code PermittedLoadExceeded} and the warnings) and the read model (which answers it) share.
 *
 * <ul>
 * <li>The load of a plant is the maximum average weekly load entering it during the year, unusual situations
 *     such as heavy rain excluded (Council Directive 91/271/EEC Art. 2(6) and 4(4), kept in the recast Directive
 *     (EU) 2024/3019; Naturvårdsverket, "Hur den maximala genomsnittliga veckobelastningen bestäms", under NFS
 *     2016:6). 1 pe = 70 g BOD7 per day ({@link PersonEquivalents}).</li>
 * <li>A week's average load is the mean of the daily BOD7 loads of its valid samples (each sample's load over its
 *     own period; a weekly composite is one sample), in pe. Weeks are ISO weeks of the utility ({@link IsoWeeks}).</li>
 * <li>A week with one 24-hour sample is labelled single-day; the answer always says how many samples each week had.
 *     A week counts in the maximum only with at least the plant's {@code minSamplesPerWeek} samples
 *     ({@link SamplingRules}) and when it is not marked unusual; unusual weeks are shown apart with their reason.</li>
 * <li>Ties: the earlier week is the maximum.</li>
 * </ul>
 */
public final class WeeklyLoad {

    private WeeklyLoad() {
    }

    /** One valid sample's load, in the week its period's midpoint falls in. */
    public record SampleLoad(String sampleId, String week, SampleKind kind, double loadPe) {
    }

    public record Week(String week, double loadPe, int samples, boolean singleDay, boolean unusual, String reason,
                       boolean counted) {
    }

    public record Year(int year, List<Week> weeks, Week max, int samples) {
    }

    public static Year of(int year, Collection<SampleLoad> samples, Map<String, String> unusualReasons,
                          int minSamplesPerWeek) {
        Map<String, List<SampleLoad>> byWeek = new TreeMap<>();
        for (SampleLoad s : samples) {
            if (IsoWeeks.yearOf(s.week()) == year) {
                byWeek.computeIfAbsent(s.week(), w -> new ArrayList<>()).add(s);
            }
        }
        List<Week> weeks = new ArrayList<>();
        int count = 0;
        for (Map.Entry<String, List<SampleLoad>> e : byWeek.entrySet()) {
            List<SampleLoad> of = e.getValue();
            count += of.size();
            double mean = of.stream().mapToDouble(SampleLoad::loadPe).average().orElseThrow();
            boolean singleDay = of.size() == 1 && of.get(0).kind() == SampleKind.DAILY_COMPOSITE;
            String reason = unusualReasons.get(e.getKey());
            boolean unusual = reason != null;
            weeks.add(new Week(e.getKey(), mean, of.size(), singleDay, unusual, reason,
                    !unusual && of.size() >= minSamplesPerWeek));
        }
        Week max = weeks.stream().filter(Week::counted)
                .max(Comparator.comparingDouble(Week::loadPe).thenComparing(Week::week, Comparator.reverseOrder()))
                .orElse(null);
        return new Year(year, weeks, max, count);
    }
}
