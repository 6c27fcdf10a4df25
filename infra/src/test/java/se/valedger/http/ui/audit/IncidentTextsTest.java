package se.valedger.http.ui.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.context.i18n.LocaleContextHolder;
import se.valedger.http.ui.Formats;
import se.valedger.http.ui.UiConfig;
import se.valedger.incident.EssentialService;
import se.valedger.incident.IncidentAuthorities;
import se.valedger.incident.IncidentFacts;
import se.valedger.incident.SignificanceCriterion;
import se.valedger.incident.SignificanceThresholds;
import se.valedger.incident.SignificantIncident;

/** The incident page's criteria, thresholds and authorities read in Swedish (and English) from the bundles. */
class IncidentTextsTest {

    static final Locale SWEDISH = Locale.forLanguageTag("sv-SE");
    static final String NBSP = "\u00a0";

    final IncidentTexts texts = new IncidentTexts(UiConfig.bundles(), new Formats(), SignificanceThresholds.ASSUMED);

    @AfterEach
    void resetLocale() {
        LocaleContextHolder.resetLocaleContext();
    }

    List<String> rendered(SignificantIncident.Assessment assessment, Locale locale) {
        LocaleContextHolder.setLocale(locale);
        return assessment.codedCriteria().stream().map(texts::criterion).toList();
    }

    @Test
    void everyCriterionTheRuleAnswersReadsInSwedishWithSwedishNumbers() {
        var all = SignificantIncident.assess(new IncidentFacts(List.of(EssentialService.DRINKING_WATER, EssentialService.WASTEWATER),
                4.5, 12_000, true, true, 1_250.5, null, "Storsjön", true, true, 9_000_000L, null), SignificanceThresholds.ASSUMED);

        assertThat(rendered(all, SWEDISH)).containsExactly(
                "leveransen bruten i 4,5 h (≥ 2 h, antaget) för 12" + NBSP + "000 personer (≥ 2" + NBSP + "000, antaget) och en kritisk"
                        + " kund som ett sjukhus: har orsakat allvarliga driftstörningar (art. 23.3 a)",
                "reningen har fallerat: har orsakat betydande skada på andras hälsa eller på miljön (art. 23.3 b)",
                "orenat avloppsvatten släppt ut 1" + NBSP + "250,5 m³ till Storsjön (≥ 1" + NBSP + "000 m³ eller ≥ 6 h, antaget): har orsakat"
                        + " betydande materiell skada för andra (art. 23.3 b)",
                "intrång i eller manipulation av styrsystemen (OT/SCADA), även utan avbrott: kan orsaka allvarliga driftstörningar (art. 23.3 a)",
                "data har förts ut eller sekretessen har gått förlorad: har påverkat andra genom immateriell skada (art. 23.3 b)",
                "ekonomisk förlust på 9" + NBSP + "000" + NBSP + "000 kr (≥ 5" + NBSP + "000" + NBSP + "000 kr, antaget): har orsakat"
                        + " ekonomisk förlust för verksamheten (art. 23.3 a)");
    }

    @Test
    void whatAnIncidentIsOnlyCapableOfCausingReadsSoInBothLanguages() {
        var potential = SignificantIncident.assess(new IncidentFacts(List.of(), 3.0, null, true, true, null, 7.0, null, null, null, null, true),
                SignificanceThresholds.ASSUMED);
        assertThat(rendered(potential, SWEDISH)).containsExactly(
                "leveransen bruten i 3 h (≥ 2 h, antaget) för en kritisk kund som ett sjukhus: kan orsaka allvarliga driftstörningar (art. 23.3 a)",
                "reningen har fallerat: kan orsaka betydande skada på andras hälsa eller på miljön (art. 23.3 b)",
                "orenat avloppsvatten släppt ut under 7 h (≥ 1" + NBSP + "000 m³ eller ≥ 6 h, antaget): kan orsaka betydande materiell skada"
                        + " för andra (art. 23.3 b)");
        assertThat(rendered(potential, Locale.ENGLISH)).containsExactly(
                "service lost for 3 h (≥ 2 h, assumed) for a critical customer such as a hospital: is capable of causing severe"
                        + " operational disruption (Art. 23(3)(a))",
                "treatment failed: is capable of causing considerable damage to the health of others or the environment (Art. 23(3)(b))",
                "untreated discharge for 7 h (≥ 1,000 m³ or ≥ 6 h, assumed): is capable of causing considerable material damage to"
                        + " others (Art. 23(3)(b))");
    }

    @Test
    void aNotSignificantAssessmentSaysSoInSwedish() {
        var none = SignificantIncident.assess(IncidentFacts.UNKNOWN, SignificanceThresholds.ASSUMED);
        assertThat(rendered(none, SWEDISH)).singleElement().asString().startsWith("inget kriterium i art. 23.3 gäller");
    }

    @Test
    void aFormerHeuristicVerdictReadsInSwedishWithTheImpactItWasMadeOn() {
        LocaleContextHolder.setLocale(SWEDISH);
        var former = new SignificantIncident.Criterion(SignificanceCriterion.FORMER_NIS1_HEURISTIC, Map.of("significant", true,
                "hasImpact", true, "outageHours", 3.0, "persons", 2_500, "hospital", false, "scada", true), "outage of 3.0 h…");
        assertThat(texts.criterion(former)).isEqualTo("bedömd vid registreringen med den tidigare NIS1-tumregeln för dricksvatten"
                + " (avbrott ≥ 2 h för ≥ 2" + NBSP + "000 personer eller ett sjukhus; all påverkan på styrsystemen): betydande; avbrott 3 h,"
                + " 2" + NBSP + "500 personer, styrsystemen (SCADA) påverkade");
        var withoutImpact = new SignificantIncident.Criterion(SignificanceCriterion.FORMER_NIS1_HEURISTIC, Map.of("significant", false,
                "hasImpact", false, "hospital", false, "scada", false), "no impact given");
        assertThat(texts.criterion(withoutImpact)).endsWith("styrsystemen): inte betydande, ingen påverkan angiven");
        var personsUnknown = new SignificantIncident.Criterion(SignificanceCriterion.FORMER_NIS1_HEURISTIC, Map.of("significant", true,
                "hasImpact", true, "outageHours", 2.0, "hospital", true, "scada", false), "outage of 2.0 h at a hospital");
        assertThat(texts.criterion(personsUnknown)).endsWith("betydande; avbrott 2 h, – personer, ett sjukhus påverkat");
    }

    @Test
    void everyCodeRendersInBothLanguagesWithEveryFlagSetOrNot() {
        for (Locale locale : List.of(SWEDISH, Locale.ENGLISH)) {
            LocaleContextHolder.setLocale(locale);
            for (SignificanceCriterion code : SignificanceCriterion.values()) {
                for (boolean flags : new boolean[] {true, false}) {
                    Map<String, Object> parameters = new HashMap<>();
                    code.parameters().forEach(name -> parameters.put(name, flags));
                    String text = texts.criterion(new SignificantIncident.Criterion(code, parameters, "x"));
                    assertThat(text).as(code + " in " + locale).isNotBlank().doesNotContain("{", "}", "significanceCriterion.");
                }
            }
        }
    }

    @Test
    void theAssumedThresholdsAndTheAuthoritiesToConfirmReadInSwedish() {
        LocaleContextHolder.setLocale(SWEDISH);
        assertThat(texts.assumedThresholds()).containsExactly(
                "Antaget: leveransavbrott ≥ 2 h för ≥ 2" + NBSP + "000 personer eller en kritisk kund"
                        + " (valedger.incidents.significance.supply-lost-hours, .persons)",
                "Antaget: orenat utsläpp ≥ 1" + NBSP + "000 m³ eller ≥ 6 h"
                        + " (valedger.incidents.significance.untreated-discharge-m3, .untreated-discharge-hours)",
                "Antaget: ekonomisk förlust ≥ 5" + NBSP + "000" + NBSP + "000 kr (valedger.incidents.significance.financial-loss-sek)");
        var toConfirm = new IncidentAuthorities.Authority("Livsmedelsverket", "livsmedelsverket@slv.se", "§ 7, sectors", false);
        assertThat(texts.authority(toConfirm, "supervisoryAuthority")).isEqualTo("Livsmedelsverket (livsmedelsverket@slv.se) — antaget,"
                + " att bekräfta: cybersäkerhetsförordningen (2025:1507) 7 §, sektorerna dricksvatten och avloppsvatten");
        var confirmed = new IncidentAuthorities.Authority("CERT-SE, Myndigheten för civilt försvar", "cert@cert.se", "§§ 6, 31", true);
        assertThat(texts.authority(confirmed, "csirt")).isEqualTo("CERT-SE, Myndigheten för civilt försvar (cert@cert.se)");
        assertThat(texts.assumedThresholds()).noneMatch(t -> t.contains("ASSUMED"));
    }
}
