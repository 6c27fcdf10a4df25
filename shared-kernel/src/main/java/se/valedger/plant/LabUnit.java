package se.valedger.plant;

import java.util.Locale;

/**
 * The unit a lab value is given in: a concentration (mg/l, the same as g/m3) or a load (kg per day). A unit
 * outside this list is refused, never guessed.
 */
public enum LabUnit {
    /** Milligrams per litre; a load only with the flow of the same sample period. */
    MG_PER_L,
    /** Kilograms per day over the sample period. */
    KG_PER_DAY;

    /** The unit a written form means ("mg/l", "mg/L", "g/m3", "kg/d", "kg/dygn", "kg/day"), or null when unknown. */
    public static LabUnit parse(String text) {
        if (text == null) {
            return null;
        }
        String u = text.strip().toLowerCase(Locale.ROOT).replace(" ", "").replace("³", "3");
        return switch (u) {
            case "mg/l", "g/m3", "mg_per_l" -> MG_PER_L;
            case "kg/d", "kg/dygn", "kg/day", "kg/24h", "kg_per_day" -> KG_PER_DAY;
            default -> null;
        };
    }

    public String symbol() {
        return this == MG_PER_L ? "mg/l" : "kg/d";
    }
}
