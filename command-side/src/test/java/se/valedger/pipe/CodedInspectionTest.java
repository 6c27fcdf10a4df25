package se.valedger.pipe;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import se.valedger.inspection.GradingRules;
import se.valedger.inspection.Observation;
import se.valedger.kernel.InvalidInput;
import se.valedger.kernel.RuleViolated;
import se.valedger.testing.FixtureEvents;

class CodedInspectionTest {

    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-05T10:00:00Z"), ZoneOffset.UTC);
    static final LocalDate DAY = LocalDate.of(2026, 11, 1);
    static final PipeRegistered REGISTERED = new PipeRegistered("S-1", NetworkKind.WASTEWATER, Material.CONCRETE,
            400, 23.5, 1965, "Odensala", 3, null, "2925", "6");

    AggregateTestFixture<Pipe> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Pipe.class);
        fixture.registerInjectableResource(CLOCK);
    }

    static Observation obs(double at, String code, String c1, String q1, Integer clock) {
        return new Observation(at, code, c1, null, q1, null, clock, null, false, null, null);
    }

    static LogInspection coded(String inspectionId, List<Observation> observations) {
        return new LogInspection("S-1", inspectionId, DAY, "E. Ek", InspectionMethod.CCTV, null, null,
                "EN 13508-2:2003+A1:2011", observations);
    }

    @Test
    void aCodedInspectionStoresTheDerivedGradesTheRuleVersionAndTheDecidingObservation() {
        InspectionLogged event = FixtureEvents.single(fixture.given(REGISTERED)
                .when(coded("i-1", List.of(obs(0, "BCD", "X", "2925", null), obs(0.5, "BAC", "B", "59", 12),
                        obs(17, "BBF", "A", null, 12))))
                .expectSuccessfulHandlerExecution(), InspectionLogged.class);
        assertThat(event.grade()).isEqualTo(4);
        assertThat(event.grading().structuralGrade()).isEqualTo(4);
        assertThat(event.grading().operationalGrade()).isEqualTo(2);
        assertThat(event.grading().ruleTableVersion()).isEqualTo(GradingRules.VERSION);
        assertThat(event.grading().structuralDecidedBy().index()).isEqualTo(1);
        assertThat(event.grading().operationalDecidedBy().code()).isEqualTo("BBF");
        assertThat(event.observations()).hasSize(3);
        assertThat(event.standard()).isEqualTo("EN 13508-2:2003+A1:2011");
    }

    @Test
    void aHandGradedInspectionStillWorksAndHasNoGrading() {
        fixture.given(REGISTERED)
                .when(new LogInspection("S-1", "i-2", DAY, "E. Ek", InspectionMethod.VISUAL, 3, "crack"))
                .expectEvents(new InspectionLogged("S-1", "i-2", DAY, "E. Ek", InspectionMethod.VISUAL, 3, "crack"));
    }

    @Test
    void aGradeAndObservationsTogetherAreRefusedNamingTheGrade() {
        fixture.given(REGISTERED)
                .when(new LogInspection("S-1", "i-3", DAY, "E. Ek", InspectionMethod.CCTV, 2, null, null,
                        List.of(obs(1, "BAB", "A", "1", 12))))
                .expectException(InvalidInput.class)
                .expectExceptionMessage(org.hamcrest.Matchers.containsString("either a grade or observations"))
                .expectNoEvents();
    }

    @Test
    void aClockPositionOutsideOneToTwelveIsRefusedNamingTheObservation() {
        fixture.given(REGISTERED)
                .when(coded("i-4", List.of(obs(1, "BAB", "A", "1", 12), obs(2, "BAB", "A", "1", 13))))
                .expectException(org.axonframework.test.matchers.Matchers.predicate(e -> e instanceof InvalidInput invalid
                        && invalid.field().equals("observations[1].clockFrom")))
                .expectNoEvents();
    }

    @Test
    void aMalformedCodeIsRefusedButAWellFormedUnknownCodeIsKeptAndReported() {
        fixture.given(REGISTERED)
                .when(coded("i-5", List.of(obs(1, "ba1", "A", "1", 12))))
                .expectException(InvalidInput.class).expectNoEvents();
        InspectionLogged event = FixtureEvents.single(fixture.given(REGISTERED)
                .when(coded("i-6", List.of(obs(1, "BXZ", "A", "1", 12))))
                .expectSuccessfulHandlerExecution(), InspectionLogged.class);
        assertThat(event.grading().unknownCodes()).containsExactly("BXZ");
        assertThat(event.observations().get(0).code()).isEqualTo("BXZ");
    }

    @Test
    void aNegativeDistanceIsRefused() {
        fixture.given(REGISTERED)
                .when(coded("i-7", List.of(obs(-1, "BAB", "A", "1", 12))))
                .expectException(InvalidInput.class).expectNoEvents();
    }

    @Test
    void anInspectionIdIsLoggedOnlyOnce() {
        fixture.given(REGISTERED, new InspectionLogged("S-1", "i-8", DAY, "E. Ek", InspectionMethod.CCTV, 2, null))
                .when(coded("i-8", List.of(obs(1, "BAB", "A", "1", 12))))
                .expectException(RuleViolated.class).expectNoEvents();
    }
}
