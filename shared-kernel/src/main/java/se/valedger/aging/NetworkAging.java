package se.valedger.aging;

import java.util.List;
import java.util.Map;
import se.valedger.pipe.Material;
import se.valedger.pipe.NetworkKind;

/**
 * The in-service network by kind x material x installation decade, with ages against the service-life
 * table, and renewal rates per year and kind against the 1 %/year need and the Swedish 2022 figures.
 */
public record NetworkAging(
        int year,
        List<Row> rows,
        List<KindTotal> totals,
        List<RenewalRate> renewalRates,
        Map<Material, Integer> serviceLifeYears) {

    /** {@code shareOfKind}: this row's km over its network kind's km. Decade is its first year (1970 = 1970-1979). */
    public record Row(NetworkKind networkKind, Material material, int decade, long pipes, double km,
                      double meanAgeYears, double kmBeyondServiceLife, double shareOfKind) {
    }

    public record KindTotal(NetworkKind networkKind, long pipes, double km, double meanAgeYears,
                            double kmBeyondServiceLife, double shareBeyondServiceLife) {
    }

    /**
     * km renewed in {@code year} over the kind's current in-service km; {@code gapKmPerYear} is how many
     * more km that year would have needed to reach {@code neededPercent}.
     */
    public record RenewalRate(NetworkKind networkKind, int year, long renewals, double kmRenewed, double networkKm,
                              double ratePercent, double neededPercent, double swedishPercent2022,
                              double gapKmPerYear) {
    }
}
