package se.valedger.risk;

/**
 * What is known of a pipe's consequence of failure beyond its diameter, network and consequence class (issue 17,
 * "consequence in named parts"). Every part is optional: null means not known, and an unknown part is left out of
 * the consequence (its weight goes to the parts that are known) and said so in the explanation ("not known: not
 * counted"), so a missing figure neither hides nor inflates a pipe.
 *
 * @param householdsServed         households without water when the pipe is shut off (issue 20's
 *                                 {@code network.pipe_criticality.households_without_water})
 * @param criticalCustomers        critical customers (hospital, care home, school, industry needing water) without
 *                                 water when it is shut off (same table)
 * @param singleFeed               true when the pipe is the only feed of some node (no ring feed), false when looped
 * @param underMainRoadOrRailway   the pipe lies under a main road or a railway
 * @param inWaterProtectionArea    the pipe lies inside a water protection area (vattenskyddsområde)
 * @param distanceToRecipientM     distance to the recipient (the lake or river a spill reaches), metres
 */
public record ConsequenceFacts(Integer householdsServed, Integer criticalCustomers, Boolean singleFeed,
                               Boolean underMainRoadOrRailway, Boolean inWaterProtectionArea,
                               Double distanceToRecipientM) {

    /** Nothing known beyond the register's diameter, network and consequence class. */
    public static final ConsequenceFacts UNKNOWN = new ConsequenceFacts(null, null, null, null, null, null);

    /** The parts issue 20's criticality read model gives; the others not known. */
    public static ConsequenceFacts ofCriticality(int householdsServed, int criticalCustomers, boolean singleFeed) {
        return new ConsequenceFacts(householdsServed, criticalCustomers, singleFeed, null, null, null);
    }
}
