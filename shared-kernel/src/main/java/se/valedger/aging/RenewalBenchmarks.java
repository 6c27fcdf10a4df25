package se.valedger.aging;

import se.valedger.pipe.NetworkKind;

/**
 * What a network's renewal rate is compared with. A 100-year design life needs about 1 % of the
 * network renewed each year. The national figures are Sweden's mean renewal rates for 2022 as given
 * in issue 3 (Swedish national water-services statistics; check the latest year's report before
 * quoting them): 0.38 % for drinking-water mains, 0.47 % for wastewater and 0.33 % for stormwater pipes.
 * Combined sewers are compared with wastewater.
 */
public final class RenewalBenchmarks {

    public static final double NEEDED_PERCENT_PER_YEAR = 1.0;
    public static final int NATIONAL_FIGURES_YEAR = 2022;

    private RenewalBenchmarks() {
    }

    public static double swedishPercent2022(NetworkKind kind) {
        return switch (kind) {
            case DRINKING_WATER -> 0.38;
            case WASTEWATER, COMBINED -> 0.47;
            case STORMWATER -> 0.33;
        };
    }
}
