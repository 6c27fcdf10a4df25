package se.valedger.plant;

/**
 * What a permit's permitted connection (tillståndsgiven anslutning, pe) is compared with, as the permit is worded:
 * whether an exceedance is a breach depends on the permit's own wording.
 */
public enum PermitBasis {
    /**
     * The year's maximum average weekly load, unusual weeks excluded (91/271/EEC Art. 2(6), 4(4); NFS 2016:6 and
     * Naturvårdsverket's guidance). The default: the definition of the load in the directive.
     */
    MAX_AVERAGE_WEEKLY_LOAD,
    /** The year's mean load: the mean of its counted weeks' average loads, unusual weeks excluded. */
    ANNUAL_MEAN
}
