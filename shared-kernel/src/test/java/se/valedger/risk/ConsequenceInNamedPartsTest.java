package se.valedger.risk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import se.valedger.inspection.ConditionSource;
import se.valedger.pipe.NetworkKind;

/**
 * Issue 17's consequence in named parts and issue 20's done-means: two DN 250 drinking-water mains of consequence
 * class 3, both inspected class 3 a month ago (same condition, likelihood 4); the register parts give
 * (0.3 x 2 + 0.3 x 4 + 0.4 x 3) / 1.0 = 3.0. The single-feed main leaves 150 households and a care home without
 * water: (3.0 + 0.3 x 3 + 0.3 x 4 + 0.3 x 5) / 1.9 = 3.47 -> 3; the looped one leaves none:
 * (3.0 + 0.3 + 0.3 + 0.3) / 1.9 = 2.05 -> 2.
 */
class ConsequenceInNamedPartsTest {

    static RiskInputs main(ConsequenceFacts facts) {
        return new RiskInputs(true, 3, ConditionSource.INSPECTOR, 30 / 365.25, false, 40, 100, 0, 10, 120.0, 250,
                NetworkKind.DRINKING_WATER, 3, facts);
    }

    static final ConsequenceFacts SINGLE_FEED = ConsequenceFacts.ofCriticality(150, 1, true);
    static final ConsequenceFacts LOOPED = ConsequenceFacts.ofCriticality(0, 0, false);

    static RiskFactor factor(RiskScore score, String code) {
        return score.factors().stream().filter(f -> code.equals(f.code())).findFirst().orElseThrow();
    }

    @Test
    void aSingleFeedMainRanksAboveALoopedOneOfTheSameConditionAndTheExplanationSaysWhyInWords() {
        RiskScore single = RiskScore.of(main(SINGLE_FEED));
        RiskScore looped = RiskScore.of(main(LOOPED));
        assertThat(single.likelihood()).isEqualTo(looped.likelihood()).isEqualTo(4);
        assertThat(single.consequence()).isEqualTo(3);
        assertThat(looped.consequence()).isEqualTo(2);
        assertThat(single.score()).isGreaterThan(looped.score());
        RiskFactor feed = factor(single, "singleFeed");
        assertThat(feed.value()).isEqualTo("single feed: no other way for the water");
        assertThat(feed.points()).isEqualTo(5);
        assertThat(feed.valueKey()).isEqualTo("risk.value.singleFeed.true");
        assertThat(factor(looped, "singleFeed").value()).isEqualTo("looped: fed another way too");
        assertThat(factor(single, "households").value()).isEqualTo("150 households without water");
        assertThat(factor(single, "households").args()).containsExactly("150");
        assertThat(factor(single, "criticalCustomers").points()).isEqualTo(4);
    }

    @Test
    void aPipeOfWhichNothingMoreIsKnownKeepsTheConsequenceOfTheRegisterPartsAndSaysEachOtherPartIsNotCounted() {
        RiskScore unknown = RiskScore.of(main(ConsequenceFacts.UNKNOWN));
        assertThat(unknown.consequence()).isEqualTo(3);
        for (String code : new String[] {"households", "criticalCustomers", "singleFeed", "mainRoadOrRailway",
                "waterProtectionArea", "distanceToRecipient"}) {
            RiskFactor part = factor(unknown, code);
            assertThat(part.value()).as(code).isEqualTo("not known: not counted");
            assertThat(part.weight()).as(code).isZero();
            assertThat(part.valueKey()).as(code).isEqualTo("risk.value.notKnownNotCounted");
        }
    }

    @Test
    void roadRailwayProtectionAreaAndANearRecipientRaiseTheConsequenceWhenKnown() {
        ConsequenceFacts exposed = new ConsequenceFacts(null, null, null, true, true, 30.0);
        ConsequenceFacts sheltered = new ConsequenceFacts(null, null, null, false, false, 2000.0);
        RiskScore high = RiskScore.of(main(exposed));
        RiskScore low = RiskScore.of(main(sheltered));
        // (3.0 + 0.5 + 1.0 + 0.5) / 1.4 = 3.57 -> 4 against (3.0 + 0.1 + 0.2 + 0.1) / 1.4 = 2.43 -> 2
        assertThat(high.consequence()).isEqualTo(4);
        assertThat(low.consequence()).isEqualTo(2);
        assertThat(factor(high, "distanceToRecipient").value()).isEqualTo("30 m");
        assertThat(factor(high, "waterProtectionArea").valueKey()).isEqualTo("risk.value.waterProtectionArea.true");
    }

    @Test
    void theUtilitysWeightsDecideAndTheirVersionIsNamedInTheScore() {
        ConsequenceWeights feedIgnored = new ConsequenceWeights("vatten-2027", 0.3, 0.3, 0.4, 0, 0, 0, 0.1, 0.2, 0.1);
        RiskModel model = new RiskModel(10, 10, feedIgnored);
        RiskScore single = RiskScore.of(main(SINGLE_FEED), model);
        RiskScore looped = RiskScore.of(main(LOOPED), model);
        assertThat(single.score()).isEqualTo(looped.score());
        assertThat(single.version()).isEqualTo("risk-2026.2/vatten-2027");
        assertThat(RiskScore.of(main(SINGLE_FEED)).version()).isEqualTo("risk-2026.2/ASSUMED-w1");
        assertThat(factor(single, "singleFeed").weight()).isZero();
    }

    @Test
    void weightsOutsideZeroToTenOrWithoutARegisterPartOrWithABadVersionAreRefused() {
        assertThatThrownBy(() -> new ConsequenceWeights("v1", 0.3, 0.3, 0.4, -0.1, 0, 0, 0, 0, 0))
                .hasMessageContaining("0-10");
        assertThatThrownBy(() -> new ConsequenceWeights("v1", 0.3, 0.3, 0.4, 11, 0, 0, 0, 0, 0))
                .hasMessageContaining("0-10");
        assertThatThrownBy(() -> new ConsequenceWeights("v1", 0, 0, 0, 1, 1, 1, 1, 1, 1))
                .hasMessageContaining("must not all be 0");
        assertThatThrownBy(() -> new ConsequenceWeights("has space", 0.3, 0.3, 0.4, 0, 0, 0, 0, 0, 0))
                .hasMessageContaining("version");
    }
}
