package se.valedger.app.imports;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import se.valedger.pipe.Material;
import se.valedger.pipe.NetworkKind;

/**
 * The words utilities' files use for materials and network kinds, in English and Swedish, beside
 * our enum names and the EN 13508-2 material codes. Matching ignores case, accents and punctuation.
 */
public final class Vocabulary {

    private static final Map<String, Material> MATERIALS = new HashMap<>();
    private static final Map<String, NetworkKind> KINDS = new HashMap<>();

    static {
        for (Material m : Material.values()) {
            MATERIALS.put(key(m.name()), m);
            MATERIALS.put(key(m.en13508Code()), m);
        }
        materials(Material.ASBESTOS_CEMENT, "asbestcement", "eternit", "asbestoscement");
        materials(Material.VITRIFIED_CLAY, "lergods", "glaseratlergods", "betonglergods", "clay", "vitrifiedclay");
        materials(Material.CONCRETE, "betong", "btg");
        materials(Material.REINFORCED_CONCRETE, "armeradbetong", "arm betong");
        materials(Material.GREY_CAST_IRON, "gjutjarn", "grajarn", "gjj", "castiron", "ci", "gg");
        materials(Material.DUCTILE_IRON, "segjarn", "segjutjarn", "sj", "ductileiron", "gjs");
        materials(Material.STEEL, "stal", "stl");
        materials(Material.PE, "polyeten", "pehd", "hdpe", "pem", "pel", "polyethylene");
        materials(Material.PP, "polypropen", "polypropylene");
        materials(Material.PVC, "polyvinylklorid", "pvcu", "upvc");
        materials(Material.GRP, "gap", "glasfiberarmeradplast", "glasfiber", "grp", "gup");
        materials(Material.UNKNOWN, "okand", "okant", "unknown", "");
        kinds(NetworkKind.DRINKING_WATER, "dricksvatten", "vatten", "v", "water", "drinkingwater", "potable");
        kinds(NetworkKind.WASTEWATER, "spillvatten", "spill", "s", "spv", "avlopp", "wastewater", "sewer", "sanitary");
        kinds(NetworkKind.STORMWATER, "dagvatten", "dag", "d", "dv", "dg", "dgv", "storm", "stormwater");
        kinds(NetworkKind.COMBINED, "kombinerad", "kombinerat", "k", "combined", "combinedsewer");
    }

    private Vocabulary() {
    }

    private static void materials(Material material, String... words) {
        Arrays.stream(words).forEach(w -> MATERIALS.put(key(w), material));
    }

    private static void kinds(NetworkKind kind, String... words) {
        Arrays.stream(words).forEach(w -> KINDS.put(key(w), kind));
        KINDS.put(key(kind.name()), kind);
    }

    /** The material a word means, or null if none. */
    static Material material(String word) {
        return MATERIALS.get(key(word));
    }

    public static NetworkKind networkKind(String word) {
        return KINDS.get(key(word));
    }

    /** A word or header name reduced to letters and digits, without accents: "Anläggningsår" -> "anlaggningsar". */
    static String key(String word) {
        String plain = Normalizer.normalize(word, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        return plain.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]", "");
    }
}
