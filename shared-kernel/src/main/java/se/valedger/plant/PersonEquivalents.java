package se.valedger.plant;

/**
 * The Swedish definition of a person equivalent (pe, personekvivalent): 70 g BOD7 per day
 * (Naturvårdsverket). A plant's incoming load in pe is its BOD7 in grams per day divided by 70.
 */
public final class PersonEquivalents {

    public static final double BOD7_GRAMS_PER_PE_AND_DAY = 70.0;

    private PersonEquivalents() {
    }

    /** Load in pe for a BOD7 load in kg per day; null when BOD7 was not measured. */
    public static Double fromBod7Kg(Double bod7KgPerDay) {
        return bod7KgPerDay == null ? null : bod7KgPerDay * 1000.0 / BOD7_GRAMS_PER_PE_AND_DAY;
    }
}
