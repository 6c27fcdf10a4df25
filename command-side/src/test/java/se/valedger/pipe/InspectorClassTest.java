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
import se.valedger.inspection.ConditionBasis;
import se.valedger.inspection.ConditionSource;
import se.valedger.inspection.Observation;
import se.valedger.kernel.InvalidInput;
import se.valedger.testing.FixtureEvents;

class InspectorClassTest {

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

    static Observation obs(String code, String c1, String q1, Integer inspectorClass) {
        return new Observation(1.0, code, c1, null, q1, null, 12, null, false, null, null, inspectorClass);
    }

    static LogInspection inspection(Integer structural, Integer operational, Observation... observations) {
        return new LogInspection("S-1", null, DAY, "E. Ek", InspectionMethod.CCTV, null, null, "EN 13508-2",
                List.of(observations), structural, operational);
    }

    @Test
    void theInspectorsObservationClassesDecideThePipesConditionWithTheEstimateBeside() {
        InspectionLogged event = FixtureEvents.single(fixture.given(REGISTERED)
                .when(inspection(null, null, obs("BAB", "B", "2", 4), obs("BBA", "A", "5", 2)))
                .expectSuccessfulHandlerExecution(), InspectionLogged.class);
        assertThat(event.condition().structuralClass()).isEqualTo(4);
        assertThat(event.condition().source()).isEqualTo(ConditionSource.INSPECTOR);
        assertThat(event.condition().derivedStructuralClass()).isEqualTo(2);
        assertThat(event.condition().operationalClass()).isEqualTo(2);
        assertThat(event.grade()).isEqualTo(4);
        assertThat(event.observations().get(0).inspectorClass()).isEqualTo(4);
    }

    @Test
    void aHandEnteredSummaryAloneIsLoggedAsTheInspectorsSummary() {
        InspectionLogged event = FixtureEvents.single(fixture.given(REGISTERED)
                .when(inspection(3, 1))
                .expectSuccessfulHandlerExecution(), InspectionLogged.class);
        assertThat(event.structuralClass()).isEqualTo(3);
        assertThat(event.operationalClass()).isEqualTo(1);
        assertThat(event.condition().structuralBasis()).isEqualTo(ConditionBasis.SUMMARY);
        assertThat(event.grading()).isNull();
        assertThat(event.grade()).isEqualTo(3);
    }

    @Test
    void aCodedInspectionWithoutDefectsIsNoDefectObservedNotClassOne() {
        InspectionLogged event = FixtureEvents.single(fixture.given(REGISTERED)
                .when(inspection(null, null, obs("BCA", "A", null, null)))
                .expectSuccessfulHandlerExecution(), InspectionLogged.class);
        assertThat(event.condition().structuralClass()).isNull();
        assertThat(event.condition().structuralBasis()).isEqualTo(ConditionBasis.NO_DEFECT_OBSERVED);
        assertThat(event.condition().operationalClass()).isNull();
    }

    @Test
    void aClassOffTheOneToFourScaleIsRefusedNamingItsField() {
        fixture.given(REGISTERED).when(inspection(5, null))
                .expectException(InvalidInput.class).expectExceptionMessage(org.hamcrest.Matchers.containsString("was 5"))
                .expectNoEvents();
        fixture.given(REGISTERED).when(inspection(null, 0))
                .expectException(InvalidInput.class).expectNoEvents();
        fixture.given(REGISTERED).when(inspection(null, null, obs("BAB", "B", "2", 7)))
                .expectException(InvalidInput.class).expectNoEvents();
        org.assertj.core.api.Assertions.assertThatThrownBy(
                        () -> InspectionsMustBePlausible.check(inspection(null, null, obs("BAB", "B", "2", 7)), CLOCK))
                .isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.field()).isEqualTo("observations[0].class"));
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> InspectionsMustBePlausible.check(inspection(5, null), CLOCK))
                .isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.field()).isEqualTo("structuralClass"));
    }

    @Test
    void aClassOnAnInventoryCodeIsRefused() {
        fixture.given(REGISTERED).when(inspection(null, null, obs("BCA", "A", null, 2)))
                .expectException(InvalidInput.class)
                .expectExceptionMessage(org.hamcrest.Matchers.containsString("only defect observations"))
                .expectNoEvents();
    }

    @Test
    void aSummaryMilderThanAnObservationsClassIsRefused() {
        fixture.given(REGISTERED).when(inspection(2, null, obs("BAC", "A", null, 4)))
                .expectException(InvalidInput.class)
                .expectExceptionMessage(org.hamcrest.Matchers.containsString("milder than class 4"))
                .expectNoEvents();
    }

    @Test
    void aGradeTogetherWithASummaryIsRefused() {
        fixture.given(REGISTERED).when(new LogInspection("S-1", null, DAY, "E. Ek", InspectionMethod.CCTV, 3, null, null,
                        List.of(), 3, null))
                .expectException(InvalidInput.class).expectNoEvents();
    }

    @Test
    void anInspectionWithNoClassNoObservationsAndNoGradeIsRefused() {
        fixture.given(REGISTERED).when(inspection(null, null))
                .expectException(InvalidInput.class)
                .expectExceptionMessage(org.hamcrest.Matchers.containsString("structuralClass"))
                .expectNoEvents();
    }
}
