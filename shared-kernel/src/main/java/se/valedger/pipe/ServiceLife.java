package se.valedger.pipe;

/**
 * Expected technical service life per material, in years (minimal table for the risk score; the register's
 * aging overview owns the full, documented table).
 */
public final class ServiceLife {

    private ServiceLife() {
    }

    public static int years(Material material) {
        return switch (material) {
            case ASBESTOS_CEMENT -> 70;
            case VITRIFIED_CLAY -> 100;
            case CONCRETE, REINFORCED_CONCRETE -> 80;
            case GREY_CAST_IRON -> 90;
            case DUCTILE_IRON -> 100;
            case STEEL -> 60;
            case PE, PP, PVC, GRP -> 100;
            case UNKNOWN -> 75;
        };
    }
}
