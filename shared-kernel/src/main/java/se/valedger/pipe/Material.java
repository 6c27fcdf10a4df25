package se.valedger.pipe;

import java.util.Arrays;
import java.util.Optional;

/**
 * Pipe materials, the EN 13508-2 material set (with its codes) plus UNKNOWN for records
 * that never said.
 */
public enum Material {
    ASBESTOS_CEMENT("AC"),
    VITRIFIED_CLAY("VC"),
    CONCRETE("CO"),
    REINFORCED_CONCRETE("RC"),
    GREY_CAST_IRON("CI"),
    DUCTILE_IRON("DI"),
    STEEL("ST"),
    PE("PE"),
    PP("PP"),
    PVC("PVC"),
    GRP("GRP"),
    UNKNOWN("Z");

    private final String en13508Code;

    Material(String en13508Code) {
        this.en13508Code = en13508Code;
    }

    public String en13508Code() {
        return en13508Code;
    }

    public static Optional<Material> fromEn13508Code(String code) {
        return Arrays.stream(values()).filter(m -> m.en13508Code.equalsIgnoreCase(code)).findFirst();
    }
}
