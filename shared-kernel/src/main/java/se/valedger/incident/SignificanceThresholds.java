package se.valedger.incident;

/**
 * The numbers the significance rule compares with. NIS2 Art. 23(3) sets no numbers for water; every value
 * here is ASSUMED by us and is set by the utility with {@code valedger.incidents.significance.*} (README,
 * "NIS2 incident register").
 *
 * @param supplyLostHours         ASSUMED 2 h: a loss of supply at least this long is a severe disruption…
 * @param persons                 ASSUMED 2,000: …when it affects at least this many persons (or a critical customer)
 * @param untreatedDischargeM3    ASSUMED 1,000 m³ of untreated wastewater to a recipient
 * @param untreatedDischargeHours ASSUMED 6 h of untreated discharge
 * @param financialLossSek        ASSUMED 5,000,000 SEK (about the EUR 500,000 that Implementing Regulation
 *                                (EU) 2024/2690 Art. 3(1)(b) uses for digital providers)
 */
public record SignificanceThresholds(double supplyLostHours, int persons, double untreatedDischargeM3,
                                     double untreatedDischargeHours, long financialLossSek) {

    public static final SignificanceThresholds ASSUMED = new SignificanceThresholds(2.0, 2_000, 1_000.0, 6.0, 5_000_000L);

    /** The thresholds in words, each marked ASSUMED, for answers and the UI. */
    public java.util.List<String> inWords() {
        return java.util.List.of(
                "ASSUMED: supply lost for >= " + number(supplyLostHours) + " h affecting >= " + persons
                        + " persons or a critical customer (valedger.incidents.significance.supply-lost-hours, .persons)",
                "ASSUMED: untreated discharge >= " + number(untreatedDischargeM3) + " m³ or >= " + number(untreatedDischargeHours)
                        + " h (valedger.incidents.significance.untreated-discharge-m3, .untreated-discharge-hours)",
                "ASSUMED: financial loss >= " + financialLossSek + " SEK (valedger.incidents.significance.financial-loss-sek)");
    }

    static String number(double value) {
        return value == Math.rint(value) ? String.valueOf((long) value) : String.valueOf(value);
    }
}
