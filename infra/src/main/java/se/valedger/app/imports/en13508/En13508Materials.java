package se.valedger.app.imports.en13508;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import se.valedger.pipe.Material;

/**
 * The material code tables an EN 13508-2 header's {@code ACD} is read with. A code is looked up in the national
 * table the import names ({@code materialCodes=SE|DE|DK}) first, then in the standard's own table, then in the
 * national table of the file's language ({@code #A2}: sv, de, da). Each entry says what the code means, so a code
 * whose meaning has no material in the register (brickwork, pitch fibre) is reported as such, not silently UNKNOWN.
 * <ul>
 * <li>{@code EN}: EN 13508-2:2003+A1:2011 table C.4 (the codes as listed in the KWB export's {@code eucodes.csv},
 * table C4, {@code ../shared/data/en13508/}).</li>
 * <li>{@code DE}: the material abbreviations of the German ISYBAU exchange format (Arbeitshilfen Abwasser,
 * reference list "Material") and DWA-M 149-2, as German CCTV contractors write them.</li>
 * <li>{@code SE}: the abbreviations and names Swedish VA databases use (Svenskt Vatten P122 terms; ASSUMED as a
 * table: there is no published Swedish code list; add codes with
 * {@code valedger.imports.en13508.material-codes.<CODE>=<MATERIAL>}).</li>
 * <li>{@code DK}: Danish material names as DANDAS exports spell them out (ASSUMED likewise: DANDAS's numeric
 * code list is not public here; the same setting adds codes).</li>
 * </ul>
 */
final class En13508Materials {

    /** What a code means in one table, and the register's material for it (empty: none of ours fits). */
    record Meaning(String table, String code, String meaning, Optional<Material> material) {
    }

    static final List<String> TABLES = List.of("EN", "SE", "DE", "DK");

    private static final Map<String, Map<String, Meaning>> BY_TABLE = new LinkedHashMap<>();

    static {
        Map<String, Meaning> en = table("EN");
        put(en, "AA", "asbestos cement", Material.ASBESTOS_CEMENT);
        put(en, "AB", "bitumen", null);
        put(en, "AC", "pitch fibre", null);
        put(en, "AD", "brickwork", null);
        put(en, "AE", "clay", Material.VITRIFIED_CLAY);
        put(en, "AF", "cement mortar", null);
        put(en, "AG", "concrete", Material.CONCRETE);
        put(en, "AH", "reinforced concrete", Material.REINFORCED_CONCRETE);
        put(en, "AI", "sprayed concrete", Material.CONCRETE);
        put(en, "AJ", "concrete segments", Material.CONCRETE);
        put(en, "AK", "fibre cement", null);
        put(en, "AL", "fibre reinforced plastics", Material.GRP);
        put(en, "AM", "cast iron", Material.GREY_CAST_IRON);
        put(en, "AN", "grey cast iron", Material.GREY_CAST_IRON);
        put(en, "AO", "ductile cast iron", Material.DUCTILE_IRON);
        put(en, "AP", "steel", Material.STEEL);
        put(en, "AQ", "unidentified type of iron or steel", null);
        put(en, "AR", "masonry (coursed)", null);
        put(en, "AS", "masonry (uncoursed)", null);
        put(en, "AT", "epoxy", null);
        put(en, "AU", "polyester", null);
        put(en, "AV", "polyethylene", Material.PE);
        put(en, "AW", "polypropylene", Material.PP);
        put(en, "AX", "PVC-U", Material.PVC);
        put(en, "AY", "unidentified type of plastics", null);
        put(en, "AZ", "unidentified material", Material.UNKNOWN);
        put(en, "Z", "other material", null);

        Map<String, Meaning> de = table("DE");
        put(de, "AZ", "Asbestzement", Material.ASBESTOS_CEMENT);
        put(de, "B", "Beton", Material.CONCRETE);
        put(de, "BS", "Betonsegmente", Material.CONCRETE);
        put(de, "OB", "Ortbeton", Material.CONCRETE);
        put(de, "SB", "Stahlbeton", Material.REINFORCED_CONCRETE);
        put(de, "SPB", "Spannbeton", Material.REINFORCED_CONCRETE);
        put(de, "SFB", "Stahlfaserbeton", Material.REINFORCED_CONCRETE);
        put(de, "STZ", "Steinzeug", Material.VITRIFIED_CLAY);
        put(de, "GG", "Grauguss", Material.GREY_CAST_IRON);
        put(de, "GGG", "duktiles Gusseisen", Material.DUCTILE_IRON);
        put(de, "EIS", "Eisen", null);
        put(de, "ST", "Stahl", Material.STEEL);
        put(de, "GFK", "glasfaserverstärkter Kunststoff", Material.GRP);
        put(de, "PE", "Polyethylen", Material.PE);
        put(de, "PEHD", "Polyethylen hoher Dichte", Material.PE);
        put(de, "PP", "Polypropylen", Material.PP);
        put(de, "PVC", "Polyvinylchlorid", Material.PVC);
        put(de, "PVCU", "PVC hart", Material.PVC);
        put(de, "FZ", "Faserzement", null);
        put(de, "MA", "Mauerwerk", null);
        put(de, "ZM", "Zementmörtel", null);
        put(de, "KST", "Kunststoff (nicht bestimmt)", null);
        put(de, "PH", "Polyesterharz", null);

        Map<String, Meaning> se = table("SE");
        put(se, "BTG", "betong", Material.CONCRETE);
        put(se, "BETONG", "betong", Material.CONCRETE);
        put(se, "ARMBTG", "armerad betong", Material.REINFORCED_CONCRETE);
        put(se, "LER", "lergods", Material.VITRIFIED_CLAY);
        put(se, "LERGODS", "lergods", Material.VITRIFIED_CLAY);
        put(se, "GJJ", "gjutjärn", Material.GREY_CAST_IRON);
        put(se, "GJUTJÄRN", "gjutjärn", Material.GREY_CAST_IRON);
        put(se, "SEG", "segjärn", Material.DUCTILE_IRON);
        put(se, "SEGJÄRN", "segjärn", Material.DUCTILE_IRON);
        put(se, "ST", "stål", Material.STEEL);
        put(se, "STÅL", "stål", Material.STEEL);
        put(se, "ET", "eternit (asbestcement)", Material.ASBESTOS_CEMENT);
        put(se, "ETERNIT", "eternit (asbestcement)", Material.ASBESTOS_CEMENT);
        put(se, "GAP", "glasfiberarmerad polyester", Material.GRP);
        put(se, "PE", "polyeten", Material.PE);
        put(se, "PEH", "polyeten, hög densitet", Material.PE);
        put(se, "PEM", "polyeten, medeldensitet", Material.PE);
        put(se, "PEL", "polyeten, låg densitet", Material.PE);
        put(se, "PP", "polypropen", Material.PP);
        put(se, "PVC", "polyvinylklorid", Material.PVC);
        put(se, "TEGEL", "tegel", null);
        put(se, "OKÄND", "okänt material", Material.UNKNOWN);

        Map<String, Meaning> dk = table("DK");
        put(dk, "BETON", "beton", Material.CONCRETE);
        put(dk, "JERNBETON", "jernbeton", Material.REINFORCED_CONCRETE);
        put(dk, "ARMERET BETON", "armeret beton", Material.REINFORCED_CONCRETE);
        put(dk, "LER", "ler (lerrør)", Material.VITRIFIED_CLAY);
        put(dk, "LERRØR", "lerrør", Material.VITRIFIED_CLAY);
        put(dk, "STØBEJERN", "støbejern", Material.GREY_CAST_IRON);
        put(dk, "DUKTILT STØBEJERN", "duktilt støbejern", Material.DUCTILE_IRON);
        put(dk, "STÅL", "stål", Material.STEEL);
        put(dk, "ETERNIT", "eternit (asbestcement)", Material.ASBESTOS_CEMENT);
        put(dk, "ASBESTCEMENT", "asbestcement", Material.ASBESTOS_CEMENT);
        put(dk, "GLASFIBER", "glasfiberarmeret plast", Material.GRP);
        put(dk, "PE", "polyethylen", Material.PE);
        put(dk, "PP", "polypropylen", Material.PP);
        put(dk, "PVC", "PVC", Material.PVC);
        put(dk, "PLAST", "plast (ukendt)", null);
        put(dk, "UKENDT", "ukendt", Material.UNKNOWN);
    }

    private En13508Materials() {
    }

    private static Map<String, Meaning> table(String name) {
        return BY_TABLE.computeIfAbsent(name, n -> new LinkedHashMap<>());
    }

    private static void put(Map<String, Meaning> table, String code, String meaning, Material material) {
        String name = BY_TABLE.entrySet().stream().filter(e -> e.getValue() == table).findFirst().orElseThrow().getKey();
        table.put(code.toUpperCase(Locale.ROOT), new Meaning(name, code, meaning, Optional.ofNullable(material)));
    }

    /** The national table of a file's {@code #A2} language, if we have one. */
    static String tableOfLanguage(String language) {
        if (language == null) {
            return null;
        }
        return switch (language.strip().toLowerCase(Locale.ROOT)) {
            case "sv", "se", "swe" -> "SE";
            case "de", "deu", "ger" -> "DE";
            case "da", "dk", "dan" -> "DK";
            default -> null;
        };
    }

    /**
     * What {@code code} means: the tables in order {@code named} (the import's choice), EN, {@code ofLanguage}.
     * Empty: in none of them.
     */
    static Optional<Meaning> lookUp(String code, String named, String ofLanguage, Map<String, Material> extra) {
        if (code == null || code.isBlank()) {
            return Optional.empty();
        }
        String key = code.strip().toUpperCase(Locale.ROOT);
        if (extra != null) {
            for (var entry : extra.entrySet()) {
                if (entry.getKey().strip().equalsIgnoreCase(key)) {
                    return Optional.of(new Meaning("valedger.imports.en13508.material-codes", key,
                            entry.getValue().name(), Optional.of(entry.getValue())));
                }
            }
        }
        for (String table : new String[] {named, "EN", ofLanguage}) {
            if (table != null && BY_TABLE.containsKey(table) && BY_TABLE.get(table).containsKey(key)) {
                return Optional.of(BY_TABLE.get(table).get(key));
            }
        }
        // The register's own material codes (VC, CI, DI, PE, ...), as its exports write them.
        return Material.fromEn13508Code(key).map(m -> new Meaning("VA Ledger", key, m.name(), Optional.of(m)));
    }
}
