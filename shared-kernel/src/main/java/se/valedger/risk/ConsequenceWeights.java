package se.valedger.risk;

import java.util.regex.Pattern;

/**
 * The weights of the consequence's named parts ({@code valedger.risk.consequence.*}), versioned: the version is part
 * of every score's {@code version} ("risk-2026.2/&lt;version&gt;"), so an explanation says which weights scored it.
 * Consequence = round(sum of weight x points over the known parts / sum of the weights of the known parts). The
 * default weights are VA Ledger's (ASSUMED; the utility sets its own): diameter 0.3, network 0.3, consequence class
 * 0.4 (as before issue 17's item 6, so a pipe with nothing more known scores as it did), households 0.3, critical
 * customers 0.3, single feed 0.3, main road or railway 0.1, water protection area 0.2, distance to recipient 0.1.
 * Each weight is 0-10 and the three register parts together above 0. The default version is "ASSUMED-w1", so an
 * API answer scored with the default weights says they are assumed; a utility that sets its own names them.
 */
public record ConsequenceWeights(String version, double diameter, double network, double consequenceClass,
                                 double households, double criticalCustomers, double singleFeed,
                                 double mainRoadOrRailway, double waterProtectionArea, double distanceToRecipient) {

    private static final Pattern VERSION = Pattern.compile("[A-Za-z0-9._-]{1,16}");
    public static final String DEFAULT_VERSION = "ASSUMED-w1";
    public static final ConsequenceWeights DEFAULTS = new ConsequenceWeights(DEFAULT_VERSION, 0.3, 0.3, 0.4, 0.3, 0.3,
            0.3, 0.1, 0.2, 0.1);

    public ConsequenceWeights {
        if (version == null || !VERSION.matcher(version).matches()) {
            throw new IllegalArgumentException("weights version must be 1-16 letters, digits, '.', '_' or '-', was "
                    + version);
        }
        double[] all = {diameter, network, consequenceClass, households, criticalCustomers, singleFeed,
                mainRoadOrRailway, waterProtectionArea, distanceToRecipient};
        for (double w : all) {
            if (!(w >= 0) || w > 10) {
                throw new IllegalArgumentException("every consequence weight must be 0-10, was " + w);
            }
        }
        if (!(diameter + network + consequenceClass > 0)) {
            throw new IllegalArgumentException("diameter, network and consequence class weights must not all be 0");
        }
    }
}
