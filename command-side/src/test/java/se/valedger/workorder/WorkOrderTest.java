package se.valedger.workorder;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import se.valedger.kernel.InvalidInput;
import se.valedger.kernel.RuleViolated;

class WorkOrderTest {

    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-20T10:00:00Z"), ZoneOffset.UTC);
    static final LocalDate ORDERED = LocalDate.of(2026, 11, 1);
    static final WorkOrderOpened OPENED = new WorkOrderOpened("wo-1", WorkOrderKind.CLEANING, "ROOT_CUTTING", "S-1",
            "i-1", "BBA class 4", ORDERED, ORDERED.plusDays(30));

    AggregateTestFixture<WorkOrder> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(WorkOrder.class);
        fixture.registerInjectableResource(CLOCK);
    }

    @Test
    void anOrderIsOpenedAsOrdered() {
        fixture.givenNoPriorActivity()
                .when(new OpenWorkOrder("wo-1", WorkOrderKind.CLEANING, "ROOT_CUTTING", "S-1", "i-1", "BBA class 4",
                        ORDERED, ORDERED.plusDays(30)))
                .expectEvents(OPENED);
    }

    @Test
    void doneWorkRecordsItsDayAndCrewAndSuggestsAReInspectionAYearOn() {
        fixture.given(OPENED)
                .when(new CompleteWorkOrder("wo-1", LocalDate.of(2026, 11, 18), " Spolbil 2 ", " roots cut "))
                .expectEvents(new WorkOrderCompleted("wo-1", "S-1", WorkOrderKind.CLEANING, LocalDate.of(2026, 11, 18),
                        "Spolbil 2", "roots cut", LocalDate.of(2027, 11, 18)));
    }

    @Test
    void anOrderIsDoneOnlyOnce() {
        fixture.given(OPENED, new WorkOrderCompleted("wo-1", "S-1", WorkOrderKind.CLEANING, LocalDate.of(2026, 11, 18),
                        "Spolbil 2", null, LocalDate.of(2027, 11, 18)))
                .when(new CompleteWorkOrder("wo-1", LocalDate.of(2026, 11, 19), "Spolbil 2", null))
                .expectException(RuleViolated.class).expectNoEvents();
    }

    @Test
    void workIsNotDoneInTheFutureNorBeforeItWasOrderedNorByNobody() {
        fixture.given(OPENED).when(new CompleteWorkOrder("wo-1", LocalDate.of(2026, 11, 21), "Spolbil 2", null))
                .expectException(InvalidInput.class).expectExceptionMessage(Matchers.containsString("future"))
                .expectNoEvents();
        fixture.given(OPENED).when(new CompleteWorkOrder("wo-1", LocalDate.of(2026, 10, 31), "Spolbil 2", null))
                .expectException(InvalidInput.class).expectExceptionMessage(Matchers.containsString("before it was ordered"))
                .expectNoEvents();
        fixture.given(OPENED).when(new CompleteWorkOrder("wo-1", LocalDate.of(2026, 11, 18), " ", null))
                .expectException(InvalidInput.class).expectExceptionMessage(Matchers.containsString("crew"))
                .expectNoEvents();
        fixture.given(OPENED).when(new CompleteWorkOrder("wo-1", null, "Spolbil 2", null))
                .expectException(InvalidInput.class).expectNoEvents();
    }
}
