package se.valedger.pipe;

import se.valedger.inspection.PipeContext;

/**
 * Rigid or flexible, as the grading of deformation (EN 13508-2 BAA) needs it. A rigid pipe (concrete, reinforced
 * concrete, vitrified clay, grey cast iron, asbestos cement) does not deform without cracking: any visible deformation
 * means it is broken. Plastics (PVC, PE, PP, GRP), steel and ductile iron are flexible and designed to deflect a few
 * per cent (the usual division of pipe materials in structural design of buried pipes, e.g. SS-EN 1295-1). Unknown
 * material: not known (graded as flexible, the milder reading, and said so in the rule).
 */
public final class PipeRigidity {

    private PipeRigidity() {
    }

    public static Boolean rigid(Material material) {
        if (material == null) {
            return null;
        }
        return switch (material) {
            case CONCRETE, REINFORCED_CONCRETE, VITRIFIED_CLAY, GREY_CAST_IRON, ASBESTOS_CEMENT -> true;
            case PVC, PE, PP, GRP, STEEL, DUCTILE_IRON -> false;
            case UNKNOWN -> null;
        };
    }

    /** What the grading knows of the pipe. */
    public static PipeContext context(PipeAttributes attributes) {
        return attributes == null ? PipeContext.UNKNOWN
                : new PipeContext(attributes.diameterMm(), rigid(attributes.material()));
    }
}
