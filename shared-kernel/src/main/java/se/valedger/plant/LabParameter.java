package se.valedger.plant;

/**
 * What a lab value of an incoming composite sample measures. BOD7 is what the person equivalent is defined on
 * (70 g BOD7 per pe and day, {@link PersonEquivalents}); BOD5 and COD become BOD7 only through a factor the plant
 * has configured ({@link SamplingRules}), never by a built-in guess.
 */
public enum LabParameter {
    BOD7, BOD5, COD, TOT_P, TOT_N;

    /** The parameter a column or field name means (bod7, BOD5, cod, codcr, tot-p, totp, tot_n ...), or null. */
    public static LabParameter named(String name) {
        if (name == null) {
            return null;
        }
        String n = name.strip().toLowerCase(java.util.Locale.ROOT).replaceAll("[\\s_\\-]+", "");
        return switch (n) {
            case "bod7" -> BOD7;
            case "bod5" -> BOD5;
            case "cod", "codcr", "kod" -> COD;
            case "totp", "ptot", "totalp", "totalphosphorus", "phosphorus", "fosfor", "totalfosfor" -> TOT_P;
            case "totn", "ntot", "totaln", "totalnitrogen", "nitrogen", "kväve", "totalkväve" -> TOT_N;
            default -> null;
        };
    }
}
