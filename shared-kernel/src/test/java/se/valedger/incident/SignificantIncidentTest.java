package se.valedger.incident;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class SignificantIncidentTest {

    static final SignificanceThresholds LIMITS = SignificanceThresholds.ASSUMED;
    static final List<EssentialService> WATER = List.of(EssentialService.DRINKING_WATER);
    static final List<EssentialService> SEWAGE = List.of(EssentialService.WASTEWATER);

    static IncidentFacts supplyLost(double hours, int persons, boolean hospital) {
        return new IncidentFacts(WATER, hours, persons, hospital, null, null, null, null, null, null, null, null);
    }

    static SignificantIncident.Assessment assess(IncidentFacts facts) {
        return SignificantIncident.assess(facts, LIMITS);
    }

    @Test
    void supplyLostForTwoHoursForTwoThousandPersonsIsASevereDisruption() {
        var assessment = assess(supplyLost(2.0, 2_000, false));
        assertThat(assessment.significant()).isTrue();
        assertThat(assessment.criteria()).singleElement().asString()
                .contains("service lost for 2 h", "2000 persons", "ASSUMED", "has caused severe operational disruption", "23(3)(a)");
        assertThat(assessment.likelyToAffectTheService()).isTrue();
        assertThat(assessment.basis()).contains("Art. 23(3)", "2025:1506");
    }

    @Test
    void justBelowEitherSupplyThresholdIsNotSignificantAndSaysWhy() {
        assertThat(assess(supplyLost(1.9, 50_000, false)).significant()).isFalse();
        var assessment = assess(supplyLost(10.0, 1_999, false));
        assertThat(assessment.significant()).isFalse();
        assertThat(assessment.criteria()).singleElement().asString().startsWith("no criterion of Art. 23(3) applies");
        assertThat(assessment.likelyToAffectTheService()).isFalse();
    }

    @Test
    void aLongOutageAtAHospitalIsSignificantWhateverTheNumberOfPersons() {
        var assessment = assess(supplyLost(3.0, 40, true));
        assertThat(assessment.significant()).isTrue();
        assertThat(assessment.criteria()).singleElement().asString().contains("a critical customer such as a hospital");
    }

    @Test
    void anIntrusionIntoScadaIsSignificantEvenWithoutAnOutage() {
        var assessment = assess(new IncidentFacts(WATER, 0.0, 0, false, false, null, null, null, true, false, null, null));
        assertThat(assessment.significant()).isTrue();
        assertThat(assessment.criteria()).singleElement().asString()
                .startsWith("intrusion into or manipulation of the control systems (OT/SCADA), even without an outage");
        assertThat(assessment.likelyToAffectTheService()).as("no customer lost service").isFalse();
    }

    @Test
    void anUntreatedDischargeAboveTheVolumeOrTheDurationIsSignificantAndNamesTheRecipient() {
        var byVolume = assess(new IncidentFacts(SEWAGE, null, null, null, null, 1_000.0, 1.0, "Storsjön", null, null, null, null));
        assertThat(byVolume.significant()).isTrue();
        assertThat(byVolume.criteria()).singleElement().asString().contains("of 1000 m³", "to Storsjön", "23(3)(b)");
        assertThat(assess(new IncidentFacts(SEWAGE, null, null, null, null, 10.0, 6.0, null, null, null, null, null))
                .significant()).isTrue();
        assertThat(assess(new IncidentFacts(SEWAGE, null, null, null, null, 999.0, 5.9, null, null, null, null, null))
                .significant()).isFalse();
    }

    @Test
    void aTreatmentFailureIsSignificantAndLikelyToAffectTheService() {
        var assessment = assess(new IncidentFacts(WATER, null, null, null, true, null, null, null, null, null, null, null));
        assertThat(assessment.significant()).isTrue();
        assertThat(assessment.criteria()).singleElement().asString().startsWith("treatment failed");
        assertThat(assessment.likelyToAffectTheService()).isTrue();
    }

    @Test
    void dataExfiltrationAndALargeFinancialLossEachDecide() {
        var data = assess(new IncidentFacts(List.of(), null, null, null, null, null, null, null, null, true, null, null));
        assertThat(data.criteria()).singleElement().asString().contains("data exfiltrated", "has affected others");
        var loss = assess(new IncidentFacts(List.of(), null, null, null, null, null, null, null, null, null, 5_000_000L, null));
        assertThat(loss.significant()).isTrue();
        assertThat(assess(new IncidentFacts(List.of(), null, null, null, null, null, null, null, null, null, 4_999_999L, null))
                .significant()).isFalse();
    }

    @Test
    void effectsTheIncidentIsOnlyCapableOfCausingCountAndAreWordedSo() {
        var assessment = assess(new IncidentFacts(WATER, 12.0, 30_000, false, null, null, null, null, null, true, null, true));
        assertThat(assessment.significant()).isTrue();
        assertThat(assessment.criteria()).hasSize(2)
                .allSatisfy(c -> assertThat(c).containsAnyOf("is capable of causing", "is capable of affecting"));
    }

    @Test
    void everyCriterionMetIsListedAndTheThresholdsAreMarkedAssumed() {
        var assessment = assess(new IncidentFacts(WATER, 4.0, 9_000, true, true, null, null, null, true, true, 9_000_000L, null));
        assertThat(assessment.criteria()).hasSize(5);
        assertThat(assessment.assumed()).hasSize(3).allSatisfy(a -> assertThat(a).startsWith("ASSUMED"));
    }

    @Test
    void theUtilitysOwnThresholdsAreUsed() {
        var strict = new SignificanceThresholds(1.0, 500, 100.0, 1.0, 100_000L);
        assertThat(SignificantIncident.assess(supplyLost(1.0, 500, false), strict).significant()).isTrue();
        assertThat(SignificantIncident.assess(supplyLost(1.0, 500, false), strict).assumed().get(0)).contains(">= 1 h", ">= 500 persons");
    }

    @Test
    void unknownFactsAreNotProposedAsSignificant() {
        assertThat(assess(IncidentFacts.UNKNOWN).significant()).isFalse();
        assertThat(assess(null).significant()).isFalse();
    }

    @Test
    void eachCriterionIsAnsweredAsAStableCodeWithItsParametersBesideItsEnglishSentence() {
        var all = assess(new IncidentFacts(WATER, 4.5, 9_000, true, true, 1_200.0, null, "Storsjön", true, true, 9_000_000L, null));
        assertThat(all.codedCriteria()).extracting(SignificantIncident.Criterion::code).containsExactly(
                SignificanceCriterion.SUPPLY_LOST, SignificanceCriterion.TREATMENT_FAILED,
                SignificanceCriterion.UNTREATED_DISCHARGE, SignificanceCriterion.OT_INTRUSION,
                SignificanceCriterion.DATA_EXFILTRATED, SignificanceCriterion.FINANCIAL_LOSS);
        assertThat(all.codedCriteria()).extracting(SignificantIncident.Criterion::text).isEqualTo(all.criteria());
        assertThat(all.codedCriteria().get(0).parameters()).containsEntry("hours", 4.5).containsEntry("hoursThreshold", 2.0)
                .containsEntry("persons", 9_000).containsEntry("personsThreshold", 2_000).containsEntry("criticalCustomer", true)
                .containsEntry("byPersons", true).containsEntry("personsAndCriticalCustomer", true).containsEntry("potential", false);
        assertThat(all.codedCriteria().get(2).parameters()).containsEntry("volumeM3", 1_200.0).containsEntry("hasHours", false)
                .doesNotContainKey("hours").containsEntry("recipient", "Storsjön");
        assertThat(all.codedCriteria().get(5).parameters()).containsEntry("sek", 9_000_000L).containsEntry("sekThreshold", 5_000_000L);
        assertThat(all.codedCriteria()).allSatisfy(c -> assertThat(c.code().parameters()).containsAll(c.parameters().keySet()));

        var none = assess(supplyLost(1.0, 10, false));
        assertThat(none.codedCriteria()).singleElement().satisfies(c -> {
            assertThat(c.code()).isEqualTo(SignificanceCriterion.NO_CRITERION_APPLIES);
            assertThat(c.text()).isEqualTo(none.criteria().get(0));
        });
    }

    @Test
    void anAssessmentRecordedBeforeTheCodesKeepsEachSentenceAsRecordedText() {
        var recorded = new SignificantIncident.Assessment(true, List.of("treatment failed: has caused considerable damage"),
                List.of(), true, SignificantIncident.BASIS, null);
        assertThat(recorded.codedCriteria()).singleElement().satisfies(c -> {
            assertThat(c.code()).isEqualTo(SignificanceCriterion.RECORDED_AS_TEXT);
            assertThat(c.parameters()).containsEntry("text", "treatment failed: has caused considerable damage");
        });
    }
}
