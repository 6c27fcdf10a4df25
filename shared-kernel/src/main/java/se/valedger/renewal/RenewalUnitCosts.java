package se.valedger.renewal;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;
import se.valedger.pipe.RenewalMethod;

/**
 * What renewing one metre of pipe costs, in SEK, by method and diameter band: the one table every
 * estimate comes from. Keys of a band are the largest diameter (mm) it covers.
 *
 * <p>The defaults are order-of-magnitude figures for a Swedish town street at 2024 prices, all-in
 * (excavation or pits, pipe or liner, reconnection of service lines, traffic management, surface
 * restoration). They follow the usual Swedish relation that trenchless methods cost roughly a third
 * to two thirds of open-cut relaying in streets (the argument for schaktfri förnyelse in Svenskt
 * Vatten's renewal-planning handbook, rapport 2011-12, and its 2017 report "Investeringsbehov och
 * framtida kostnader för kommunalt vatten och avlopp"). They are not taken from a published price
 * list: a utility overrides them with its own framework-agreement prices
 * ({@code valedger.renewal.unit-costs.<METHOD>.<upToDiameterMm>=<SEK per metre>}).
 */
public final class RenewalUnitCosts {

    /** Upper diameters of the default bands; 5000 mm is the largest diameter the register accepts. */
    public static final int[] BANDS_MM = {160, 300, 500, 800, 5000};

    private static final int[] RELINING = {3_500, 4_500, 6_500, 9_500, 14_000};
    private static final int[] PIPE_BURSTING = {4_500, 6_000, 8_500, 12_000, 16_000};
    private static final int[] OPEN_CUT = {9_000, 11_000, 14_000, 19_000, 26_000};

    private final Map<RenewalMethod, NavigableMap<Integer, Integer>> sekPerMetre;

    private RenewalUnitCosts(Map<RenewalMethod, NavigableMap<Integer, Integer>> sekPerMetre) {
        this.sekPerMetre = sekPerMetre;
    }

    public static RenewalUnitCosts swedishDefaults() {
        Map<RenewalMethod, NavigableMap<Integer, Integer>> table = new EnumMap<>(RenewalMethod.class);
        table.put(RenewalMethod.RELINING, bands(RELINING));
        table.put(RenewalMethod.PIPE_BURSTING, bands(PIPE_BURSTING));
        table.put(RenewalMethod.OPEN_CUT_REPLACEMENT, bands(OPEN_CUT));
        return new RenewalUnitCosts(table);
    }

    private static NavigableMap<Integer, Integer> bands(int[] costs) {
        NavigableMap<Integer, Integer> bands = new TreeMap<>();
        for (int i = 0; i < BANDS_MM.length; i++) {
            bands.put(BANDS_MM[i], costs[i]);
        }
        return bands;
    }

    /** A copy with one band's price replaced (or a band added). */
    public RenewalUnitCosts with(RenewalMethod method, int upToDiameterMm, int sekPerMetre) {
        if (upToDiameterMm <= 0 || sekPerMetre <= 0) {
            throw new IllegalArgumentException("unit cost bands need a positive diameter and price, got "
                    + method + " " + upToDiameterMm + " mm: " + sekPerMetre + " SEK/m");
        }
        Map<RenewalMethod, NavigableMap<Integer, Integer>> copy = new EnumMap<>(RenewalMethod.class);
        sekPerMetre().forEach((m, bands) -> copy.put(m, new TreeMap<>(bands)));
        copy.get(method).put(upToDiameterMm, sekPerMetre);
        return new RenewalUnitCosts(copy);
    }

    public int sekPerMetre(RenewalMethod method, int diameterMm) {
        Map.Entry<Integer, Integer> band = sekPerMetre.get(method).ceilingEntry(diameterMm);
        return band != null ? band.getValue() : sekPerMetre.get(method).lastEntry().getValue();
    }

    /** The estimate for a whole pipe, rounded to whole kronor. */
    public long estimateSek(RenewalMethod method, int diameterMm, double lengthM) {
        return Math.round(sekPerMetre(method, diameterMm) * lengthM);
    }

    /** The whole table, method -> (up to diameter mm -> SEK per metre). */
    public Map<RenewalMethod, NavigableMap<Integer, Integer>> sekPerMetre() {
        Map<RenewalMethod, NavigableMap<Integer, Integer>> view = new EnumMap<>(RenewalMethod.class);
        sekPerMetre.forEach((m, bands) -> view.put(m, Collections.unmodifiableNavigableMap(bands)));
        return Collections.unmodifiableMap(view);
    }
}
