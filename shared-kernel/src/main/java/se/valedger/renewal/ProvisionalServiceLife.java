package se.valedger.renewal;

import se.valedger.pipe.Material;

/**
 * PROVISIONAL service lives until the pipe domain's own table lands (issue 3). Round figures in the
 * range Svenskt Vatten Utveckling's rapport 2011-14 ("Rörmaterial i svenska VA-ledningar – egenskaper
 * och livslängd") discusses; the real table replaces this whole class.
 */
public enum ProvisionalServiceLife implements ServiceLifeTable {
    INSTANCE;

    @Override
    public int years(Material material) {
        return switch (material) {
            case ASBESTOS_CEMENT -> 70;
            case VITRIFIED_CLAY -> 100;
            case CONCRETE, REINFORCED_CONCRETE -> 80;
            case GREY_CAST_IRON -> 90;
            case DUCTILE_IRON -> 100;
            case STEEL -> 60;
            case PE, PP, PVC -> 100;
            case GRP -> 80;
            case UNKNOWN -> 70;
        };
    }
}
