package se.valedger.incident;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SignificanceTest {

    @Test
    void aTwoHourOutageForTwoThousandPersonsIsSignificant() {
        assertThat(Significance.assess(new Impact(2.0, 2_000, false, false)).significant()).isTrue();
    }

    @Test
    void justBelowEitherThresholdIsNot() {
        assertThat(Significance.assess(new Impact(1.9, 50_000, false, false)).significant()).isFalse();
        assertThat(Significance.assess(new Impact(10.0, 1_999, false, false)).significant()).isFalse();
    }

    @Test
    void aLongOutageAtAHospitalIsSignificantWhateverTheNumberOfPersons() {
        var assessment = Significance.assess(new Impact(3.0, 40, true, false));
        assertThat(assessment.significant()).isTrue();
        assertThat(assessment.reasons()).anyMatch(r -> r.contains("hospital"));
    }

    @Test
    void anyEffectOnScadaIsSignificantEvenWithoutAnOutage() {
        var assessment = Significance.assess(new Impact(0.0, 0, false, true));
        assertThat(assessment.significant()).isTrue();
        assertThat(assessment.reasons()).containsExactly("the control systems (SCADA) were affected");
    }

    @Test
    void anUnknownImpactIsNotProposedAsSignificant() {
        assertThat(Significance.assess(new Impact(null, null, null, null)).significant()).isFalse();
    }
}
